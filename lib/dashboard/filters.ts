// The dashboard's filters and drill-down slices live in the URL, so a view can
// be shared. Every parameter is validated: a bad one is dropped with a notice
// in Indonesian, and the page shows what it could.
import { CaseSource, CaseStatus, TlType } from "@/lib/enums";
import { formatCivilDate } from "@/lib/format/dates";
import { isCivilDate } from "@/lib/sla/working-days";
import type { SearchParams } from "@/lib/validation/search-params";
import { SOURCE_LABELS } from "@/lib/workflow/sources";
import { lowerFirst } from "@/lib/format/text";

/** The TL types, and the cases closed at step 5 without one. */
export type TlFilter = TlType | "TIDAK_DITINDAKLANJUTI";
export const TL_FILTERS: readonly TlFilter[] = [...Object.values(TlType), "TIDAK_DITINDAKLANJUTI"];
export const TL_FILTER_LABELS: Record<TlFilter, string> = {
  KOORDINASI: "Koordinasi",
  KLARIFIKASI: "Klarifikasi",
  AUDIT: "Audit",
  TIDAK_DITINDAKLANJUTI: "Tidak ditindaklanjuti",
};

/** A figure's cases, for the drill-down. */
export type CaseState = "selesai" | "tepat" | "terlambat" | "terbuka" | "lewat" | "jatuh-tempo" | "dinilai";
export const CASE_STATES: readonly CaseState[] = ["selesai", "tepat", "terlambat", "terbuka", "lewat", "jatuh-tempo", "dinilai"];
export const CASE_STATE_LABELS: Record<CaseState, string> = {
  selesai: "sudah ditindaklanjuti (langkah 11)",
  tepat: "ditindaklanjuti dalam 20 hari kerja",
  terlambat: "ditindaklanjuti melewati 20 hari kerja",
  terbuka: "masih dalam proses",
  lewat: "masih dalam proses dan melewati batas waktu",
  "jatuh-tempo": "sudah jatuh tempo: ditindaklanjuti, atau masih dalam proses melewati batas waktu",
  dinilai: "diberi nilai kepuasan oleh pelapor",
};

export interface DashboardFilter {
  /** the period, on the registration date, both ends included */
  from: string;
  to: string;
  /** set when the period is one calendar year */
  year: number | null;
  source: CaseSource | null;
  opdId: string | null;
  irbanUserId: string | null;
  tl: TlFilter | null;
}

export interface Slice {
  /** "2026-03": registered in that month */
  month: string | null;
  status: CaseStatus | null;
  state: CaseState | null;
}

export const NO_SLICE: Slice = { month: null, status: null, state: null };

export function yearFilter(year: number): DashboardFilter {
  return { from: `${year}-01-01`, to: `${year}-12-31`, year, source: null, opdId: null, irbanUserId: null, tl: null };
}

const str = (v: string | string[] | undefined) => (typeof v === "string" ? v.trim() : Array.isArray(v) ? null : undefined);

export interface ParsedDashboardParams {
  filter: DashboardFilter;
  slice: Slice;
  notices: string[];
}

/**
 * `known`: the OPDs and Irbans that exist (an id from elsewhere is refused).
 * Empty parameters count as absent, as a GET form sends them.
 */
export function parseDashboardParams(
  params: SearchParams,
  today: string,
  known: { opdIds: ReadonlySet<string>; irbanIds: ReadonlySet<string> },
): ParsedDashboardParams {
  const notices: string[] = [];
  const thisYear = Number(today.slice(0, 4));
  const get = (name: string) => {
    const v = str(params[name]);
    if (v === null) notices.push(`Parameter "${name}" diberikan lebih dari sekali dan diabaikan.`);
    return v ? v : null;
  };
  const pick = <T extends string>(name: string, label: string, allowed: readonly T[]): T | null => {
    const v = get(name);
    if (v === null) return null;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    notices.push(`${label} "${v.slice(0, 40)}" tidak dikenal dan diabaikan.`);
    return null;
  };

  let year: number | null = thisYear;
  const yearRaw = get("tahun");
  if (yearRaw !== null) {
    if (/^\d{4}$/.test(yearRaw) && Number(yearRaw) >= 2000 && Number(yearRaw) <= thisYear + 1) year = Number(yearRaw);
    else notices.push(`Tahun "${yearRaw.slice(0, 10)}" tidak valid; ditampilkan tahun ${thisYear}.`);
  }
  let from = `${year}-01-01`;
  let to = `${year}-12-31`;
  const fromRaw = get("dari");
  const toRaw = get("sampai");
  // (A plain boolean: isCivilDate's type guard would narrow the raw text to never below.)
  const civil = (v: string | null): boolean => v !== null && isCivilDate(v);
  const fromOk = civil(fromRaw);
  const toOk = civil(toRaw);
  if (fromRaw !== null && !fromOk) notices.push(`Tanggal awal "${fromRaw.slice(0, 20)}" tidak valid dan diabaikan.`);
  if (toRaw !== null && !toOk) notices.push(`Tanggal akhir "${toRaw.slice(0, 20)}" tidak valid dan diabaikan.`);
  if (fromOk || toOk) {
    const a = fromOk ? fromRaw! : `${toRaw!.slice(0, 4)}-01-01`;
    const b = toOk ? toRaw! : today;
    if (b < a) {
      notices.push(`Tanggal akhir (${formatCivilDate(b)}) sebelum tanggal awal (${formatCivilDate(a)}); ditampilkan tahun ${year}.`);
    } else {
      from = a;
      to = b;
      year = a === `${a.slice(0, 4)}-01-01` && b === `${a.slice(0, 4)}-12-31` ? Number(a.slice(0, 4)) : null;
    }
  }

  const source = pick("sumber", "Sumber", Object.values(CaseSource));
  const tl = pick("tl", "Jenis tindak lanjut", TL_FILTERS);
  const opdRaw = get("opd");
  const opdId = opdRaw !== null && known.opdIds.has(opdRaw) ? opdRaw : null;
  if (opdRaw !== null && !opdId) notices.push("OPD yang dipilih tidak ditemukan; filter OPD diabaikan.");
  const irbanRaw = get("irban");
  const irbanUserId = irbanRaw !== null && known.irbanIds.has(irbanRaw) ? irbanRaw : null;
  if (irbanRaw !== null && !irbanUserId) notices.push("Irban yang dipilih tidak ditemukan; filter Irban diabaikan.");

  const status = pick("tahap", "Tahap", Object.values(CaseStatus));
  const state = pick("keadaan", "Keadaan", CASE_STATES);
  let month = get("bulan");
  if (month !== null && !(/^\d{4}-(0[1-9]|1[0-2])$/.test(month) && month >= from.slice(0, 7) && month <= to.slice(0, 7))) {
    notices.push(`Bulan "${month.slice(0, 10)}" di luar periode yang dipilih dan diabaikan.`);
    month = null;
  }
  return { filter: { from, to, year, source, opdId, irbanUserId, tl }, slice: { month, status, state }, notices };
}

/** The URL parameters of a filter (and a slice): what links and exports carry. */
export function dashboardParams(filter: DashboardFilter, slice: Partial<Slice> = {}): URLSearchParams {
  const p = new URLSearchParams();
  if (filter.year !== null) p.set("tahun", String(filter.year));
  else {
    p.set("dari", filter.from);
    p.set("sampai", filter.to);
  }
  if (filter.source) p.set("sumber", filter.source);
  if (filter.opdId) p.set("opd", filter.opdId);
  if (filter.irbanUserId) p.set("irban", filter.irbanUserId);
  if (filter.tl) p.set("tl", filter.tl);
  if (slice.month) p.set("bulan", slice.month);
  if (slice.status) p.set("tahap", slice.status);
  if (slice.state) p.set("keadaan", slice.state);
  return p;
}

export function periodLabel(filter: Pick<DashboardFilter, "from" | "to" | "year">): string {
  return filter.year !== null ? `tahun ${filter.year}` : `${formatCivilDate(filter.from)} – ${formatCivilDate(filter.to)}`;
}

/** "Sumber: WBS · Jenis TL: Audit": the filters besides the period, in words. */
export function filterLabel(filter: DashboardFilter, names: { opd?: string | null; irban?: string | null }): string {
  return [
    filter.source && `sumber ${SOURCE_LABELS[filter.source]}`,
    filter.opdId && `OPD ${names.opd ?? "—"}`,
    filter.irbanUserId && `Irban ${names.irban ?? "—"}`,
    filter.tl && `tindak lanjut ${lowerFirst(TL_FILTER_LABELS[filter.tl])}`,
  ]
    .filter(Boolean)
    .join(", ");
}

const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

/** "2026-03" → "Maret 2026" (short: "Mar 2026"). */
export function monthLabel(month: string, short = false): string {
  const name = MONTHS[Number(month.slice(5, 7)) - 1] ?? month;
  return `${short ? name.slice(0, 3) : name} ${month.slice(0, 4)}`;
}

/** Every month of the period up to today's, so that months without complaints show as zero (and the future does not). */
export function monthsOf(filter: Pick<DashboardFilter, "from" | "to">, today?: string): string[] {
  const out: string[] = [];
  let y = Number(filter.from.slice(0, 4));
  let m = Number(filter.from.slice(5, 7));
  const end = today && today < filter.to ? today.slice(0, 7) : filter.to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    if (key > end || out.length > 600) break;
    out.push(key);
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
  return out;
}
