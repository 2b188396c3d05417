// The dashboard's downloads: the filtered case list (CSV, XLSX) and the
// monthly recap in the shape an inspectorate reports upward (CSV, XLSX, PDF
// through the document renderer). No complainant is ever in them; the
// subject of a case only for roles that may read cases.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { letterContext } from "@/lib/documents/context";
import type { DocumentModel } from "@/lib/documents/model";
import { renderPdf } from "@/lib/documents/render-pdf";
import type { CaseSource } from "@/lib/enums";
import { CSV_BOM, csvLine, toCsv, type Cell } from "@/lib/export/csv";
import { XLSX_MIME, toXlsx } from "@/lib/export/xlsx";
import { formatDateTime } from "@/lib/format/dates";
import { TL_LABELS } from "@/lib/workflow/inputs/review";
import { SOURCE_LABELS } from "@/lib/workflow/sources";
import { STATUS_SHORT } from "@/lib/workflow/statuses";
import { byMonthAndSource, serviceLevel } from "./aggregates";
import { dueStanding, exportBatches, type ExportRow } from "./case-list";
import { monthLabel, monthsOf, periodLabel, type DashboardFilter, type Slice } from "./filters";
import { caseConditions } from "./where";

const WILAYAH: Record<string, string> = { WILAYAH_I: "Wilayah I", WILAYAH_II: "Wilayah II", WILAYAH_III: "Wilayah III", WILAYAH_IV: "Wilayah IV" };

export function periodSlug(filter: DashboardFilter): string {
  return filter.year !== null ? String(filter.year) : `${filter.from}_${filter.to}`;
}

function caseColumns(withTitle: boolean, today: string): { header: string; cell: (r: ExportRow) => Cell }[] {
  return [
    { header: "Nomor register", cell: (r) => r.registerNumber },
    { header: "Tanggal diterima", cell: (r) => r.registeredOn },
    { header: "Sumber", cell: (r) => SOURCE_LABELS[r.source] },
    ...(withTitle ? [{ header: "Perihal", cell: (r: ExportRow) => r.title }] : []),
    { header: "OPD terlapor", cell: (r) => r.opd },
    { header: "Wilayah Irban", cell: (r) => (r.irbanWilayah ? WILAYAH[r.irbanWilayah] : null) },
    { header: "Irban", cell: (r) => r.irban },
    { header: "Jenis tindak lanjut", cell: (r) => (r.tlType ? TL_LABELS[r.tlType] : r.status === "DITUTUP" ? "Tidak ditindaklanjuti" : null) },
    { header: "Tahap", cell: (r) => STATUS_SHORT[r.status] },
    { header: "Batas penyelesaian", cell: (r) => r.dueOn },
    { header: "Tanggal ditindaklanjuti", cell: (r) => r.followedUpOn },
    { header: "Dalam 20 hari kerja", cell: (r) => r.completedOnTime },
    { header: "Terhadap 20 hari kerja", cell: (r) => dueStanding(r, today) },
    { header: "Hari kerja sampai ditindaklanjuti", cell: (r) => r.followUpWorkingDays },
    { header: "Nilai kepuasan", cell: (r) => r.satisfaction },
    { header: "Tanggal ditutup", cell: (r) => r.closedOn },
  ];
}

export function caseListHeader(actor: Pick<Actor, "role">, today: string): string[] {
  return caseColumns(can(actor.role, "case:view"), today).map((c) => c.header);
}

export interface Download {
  body: Uint8Array | ReadableStream<Uint8Array>;
  fileName: string;
  mimeType: string;
}

export async function caseListDownload(
  actor: Pick<Actor, "role">,
  filter: DashboardFilter,
  slice: Slice,
  today: string,
  format: "csv" | "xlsx",
): Promise<Download> {
  const columns = caseColumns(can(actor.role, "case:view"), today);
  const where = caseConditions(filter, slice, today);
  const fileName = `aduan-${periodSlug(filter)}.${format}`;
  if (format === "csv") {
    // Streamed batch by batch: a year of 100 000 cases never sits in memory at once.
    const encoder = new TextEncoder();
    const batches = exportBatches(db, where);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(CSV_BOM + csvLine(columns.map((c) => c.header))));
      },
      async pull(controller) {
        const next = await batches.next();
        if (next.done) return controller.close();
        controller.enqueue(encoder.encode(next.value.map((r) => csvLine(columns.map((c) => c.cell(r)))).join("")));
      },
      async cancel() {
        await batches.return(undefined);
      },
    });
    return { body, fileName, mimeType: "text/csv; charset=utf-8" };
  }
  const rows: Cell[][] = [];
  for await (const batch of exportBatches(db, where)) for (const r of batch) rows.push(columns.map((c) => c.cell(r)));
  return { body: toXlsx([{ name: "Daftar aduan", header: columns.map((c) => c.header), rows }]), fileName, mimeType: XLSX_MIME };
}

const SOURCES = Object.keys(SOURCE_LABELS) as CaseSource[];
const SOURCE_SHORT: Record<CaseSource, string> = { MASYARAKAT: "Masy.", DISPOSISI_BUPATI: "Disp.", LAPAK_ADUAN: "Lapak", WBS: "WBS" };
export const RECAP_HEADER = [
  "Bulan",
  "Diterima",
  ...SOURCES.map((s) => SOURCE_LABELS[s]),
  "Ditindaklanjuti",
  "Dalam 20 hari kerja",
  "Melewati batas, belum ditindaklanjuti",
  "% dalam 20 hari kerja dari yang jatuh tempo",
  "% dalam 20 hari kerja dari yang ditindaklanjuti",
  "Masih dalam proses",
];

/** Per month of registration: received (by source), followed up, within 20 working days, still open; and the total. */
export async function monthlyRecap(filter: DashboardFilter, today: string): Promise<{ header: string[]; rows: Cell[][]; total: Cell[] }> {
  const data = await byMonthAndSource(db, filter, today);
  const share = (part: number, all: number) => (all ? Math.round((part / all) * 1000) / 10 : null);
  const line = (label: string, of: typeof data): Cell[] => {
    const sum = (k: "received" | "completed" | "onTime" | "open" | "late") => of.reduce((s, r) => s + r[k], 0);
    const level = serviceLevel({ completed: sum("completed"), onTime: sum("onTime"), late: sum("late") });
    return [
      label,
      sum("received"),
      ...SOURCES.map((s) => of.filter((r) => r.source === s).reduce((n, r) => n + r.received, 0)),
      level.followedUp,
      level.onTime,
      level.lateOpen,
      share(level.onTime, level.due),
      share(level.onTime, level.followedUp),
      sum("open"),
    ];
  };
  return {
    header: RECAP_HEADER,
    rows: monthsOf(filter, today).map((m) =>
      line(
        monthLabel(m),
        data.filter((r) => r.month === m),
      ),
    ),
    total: line("Jumlah", data),
  };
}

export async function recapDownload(
  filter: DashboardFilter,
  today: string,
  format: "csv" | "xlsx" | "pdf",
  printedBy: string,
  subtitle: string,
): Promise<Download> {
  const recap = await monthlyRecap(filter, today);
  const fileName = `rekap-pengaduan-${periodSlug(filter)}.${format}`;
  if (format === "csv")
    return { body: new TextEncoder().encode(toCsv(recap.header, [...recap.rows, recap.total])), fileName, mimeType: "text/csv; charset=utf-8" };
  if (format === "xlsx")
    return { body: toXlsx([{ name: "Rekap bulanan", header: recap.header, rows: [...recap.rows, recap.total] }]), fileName, mimeType: XLSX_MIME };
  const ctx = await letterContext(db);
  const cell = (v: Cell) => (v === null || v === undefined ? "—" : typeof v === "number" ? new Intl.NumberFormat("id-ID").format(v) : String(v));
  const model: DocumentModel = {
    title: `Rekapitulasi pengaduan ${periodLabel(filter)}`,
    paper: ctx.paper,
    letterhead: ctx.letterhead,
    draft: false,
    blocks: [
      { type: "letterhead" },
      { type: "heading", text: "REKAPITULASI PENANGANAN PENGADUAN MASYARAKAT", level: "title" },
      { type: "heading", text: periodLabel(filter).toUpperCase() },
      ...(subtitle ? [{ type: "paragraph" as const, content: subtitle, align: "center" as const }] : []),
      { type: "spacer" },
      {
        type: "table",
        // Twelve columns on a portrait page: short headings, spelled out in the note under the table.
        columns: [
          { header: "Bulan", width: 14 },
          { header: "Masuk", width: 8, align: "right" },
          ...SOURCES.map((s) => ({ header: SOURCE_SHORT[s], width: 8, align: "right" as const })),
          { header: "TL", width: 6, align: "right" },
          { header: "≤ 20 HK", width: 7, align: "right" },
          { header: "Lewat", width: 8, align: "right" },
          { header: "% JT", width: 8, align: "right" },
          { header: "% TL", width: 8, align: "right" },
          { header: "Proses", width: 8, align: "right" },
        ],
        rows: [...recap.rows, recap.total].map((r) => r.map(cell)),
      },
      {
        type: "paragraph",
        content:
          "Masuk: aduan diterima; Masy.: laporan masyarakat; Disp.: disposisi Bupati; Lapak: Lapak Aduan. TL: ditindaklanjuti; ≤ 20 HK: dalam 20 hari kerja; " +
          "Lewat: masih dalam proses melewati batas waktu; % JT: persen dalam 20 hari kerja dari aduan yang jatuh tempo; " +
          "% TL: persen dari yang sudah ditindaklanjuti saja; Proses: masih dalam proses. " +
          "Aduan dihitung menurut bulan diterima. Ditindaklanjuti: pelapor telah diberi tahu hasil tindak lanjut (langkah 11). " +
          "Dalam 20 hari kerja: langkah 11 paling lambat pada hari kerja ke-20 setelah aduan diterima (hari libur nasional dan cuti bersama tidak dihitung; masa menunggu kelengkapan dari pelapor tidak dihitung). " +
          "% dari jatuh tempo: dari aduan yang sudah ditindaklanjuti ditambah yang masih dalam proses melewati batas — angka utama; " +
          "% dari ditindaklanjuti: dari yang sudah ditindaklanjuti saja, tanpa aduan yang tertahan.",
        align: "justify",
      },
      { type: "paragraph", content: `Dicetak melalui SIPADU pada ${formatDateTime(new Date())} oleh ${printedBy.replace(/\.$/, "")}.`, align: "left" },
    ],
  };
  return { body: new Uint8Array(await renderPdf(model)), fileName, mimeType: "application/pdf" };
}
