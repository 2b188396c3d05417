// Demo complaints for the quick start, so the dashboard, the inbox and the
// case pages have something to show: a few hundred cases since January 2025,
// the older ones finished (some late, some rated), the recent ones spread over
// the steps, each with the history its steps would have written. Deterministic
// (a fixed pseudo-random sequence), fictitious, and only on demo installations.
import type { Db } from "@/lib/db";
import type { CaseSource, CaseStatus, TlType } from "@/lib/enums";
import { appendHistory } from "@/lib/history/chain";
import { searchTextOf } from "@/lib/intake/create-case";

import { formatRegisterNumber, nextInSequence } from "@/lib/numbering/sequence";
import { dueDate, loadCalendar } from "@/lib/sla/calendar";
import { followUpWorkingDays } from "@/lib/sla/follow-up";
import { addWorkingDays, isWorkingDay, workingDaysBetween } from "@/lib/sla/working-days";
import { chooser, seededRandom } from "./random";
import { syntheticOutcome } from "./synthetic-outcome";
import { STEPS } from "@/lib/workflow/steps";

/** What people complain about (shared with the synthetic data of seed/scale.ts). */
export const SUBJECTS = [
  "Pungutan liar pembuatan KTP elektronik",
  "Jalan desa rusak tidak kunjung diperbaiki",
  "Dana bantuan sosial tidak diterima warga",
  "Pelayanan puskesmas lambat dan tidak ramah",
  "Dugaan penyimpangan dana desa",
  "Guru jarang hadir mengajar",
  "Biaya tambahan pendaftaran sekolah",
  "Proyek saluran air tidak sesuai spesifikasi",
  "Perizinan usaha dipersulit",
  "Obat gratis puskesmas dijual",
  "Penerangan jalan umum padam berbulan-bulan",
  "Sampah pasar tidak diangkut",
  "Pegawai kelurahan meminta imbalan surat keterangan",
  "Pengadaan alat tulis kantor tidak sesuai kontrak",
  "Kartu keluarga tidak selesai dalam waktu yang dijanjikan",
];

/** The steps in the order of the procedure (the approval of the report, 10a, before 11), and the statuses they reach. */
export const PROCEDURE = STEPS;
export const ORDER: CaseStatus[] = STEPS.map((s) => s.to);
/** The positions the synthetic seeds walk: up to the approved report, before step 11. */
export const IN_PROGRESS_MAX = ORDER.indexOf("LAPORAN_SELESAI");
/** Spread a case's steps over the days it took: position p (0 = step 1) on this share of the way. */
export const shareOfWay = (p: number) => p / (STEPS.length - 1);

/**
 * `from`/`until`: the registration dates to spread over (default January 2025 to yesterday);
 * `finishedOnly`: every case finished or closed (the browser tests' data, out of every inbox).
 */
export async function seedDemoCases(
  db: Db,
  today: string,
  opts: { count?: number; seed?: number; from?: string; until?: string; finishedOnly?: boolean } = {},
): Promise<number> {
  const count = opts.count ?? 300;
  const rnd = seededRandom(opts.seed ?? 20250101);
  const { pick, weighted } = chooser(rnd);
  const cal = await loadCalendar(db);
  const opds = await db.opd.findMany({
    where: { irbanWilayah: { in: ["WILAYAH_I", "WILAYAH_II"] } },
    orderBy: { code: "asc" },
    select: { id: true, irbanWilayah: true },
  });
  const irbans = await db.user.findMany({ where: { role: "IRBAN", active: true }, select: { id: true, irbanWilayah: true } });
  if (!opds.length) return 0;

  const start = Date.parse(`${opts.from ?? "2025-01-02"}T00:00:00Z`);
  const end = opts.until ? Date.parse(`${opts.until}T00:00:00Z`) : Date.parse(`${today}T00:00:00Z`) - 86_400_000;
  let made = 0;
  for (let i = 0; i < count; i++) {
    let registeredOn = new Date(start + Math.floor((i / count) * (end - start)) + Math.floor(rnd() * 5) * 86_400_000).toISOString().slice(0, 10);
    if (registeredOn > today) registeredOn = today;
    while (!isWorkingDay(registeredOn, cal.holidays)) registeredOn = addWorkingDays(registeredOn, 1, cal.holidays);
    if (registeredOn > today || (opts.until && registeredOn > opts.until)) continue;
    const age = workingDaysBetween(registeredOn, today, cal.holidays);
    const source = weighted<CaseSource>([
      ["MASYARAKAT", 55],
      ["LAPAK_ADUAN", 25],
      ["DISPOSISI_BUPATI", 10],
      ["WBS", 10],
    ]);
    // Older cases are mostly finished; recent ones are spread over the steps they could have reached.
    const closedAtFive = rnd() < 0.12;
    const took = Math.round(8 + rnd() * 18); // working days to step 11: some beyond 20
    let reached: CaseStatus;
    if (closedAtFive && age > 5) reached = "DITUTUP";
    else if (opts.finishedOnly) reached = "SELESAI";
    else if (age > took + 10) reached = rnd() < 0.06 ? "PELAKSANAAN" : rnd() < 0.05 ? "MENUNGGU_KONFIRMASI" : "SELESAI";
    else if (age > took) reached = "MENUNGGU_KONFIRMASI";
    else reached = ORDER[Math.min(IN_PROGRESS_MAX, Math.floor((age / took) * IN_PROGRESS_MAX))]!;
    const position = reached === "DITUTUP" ? ORDER.indexOf("DISPOSISI_IRBAN") : ORDER.indexOf(reached);
    const opd = pick(opds);
    const decided = position >= ORDER.indexOf("DISPOSISI_IRBAN") && reached !== "DITUTUP";
    const irban = decided ? (irbans.find((u) => u.irbanWilayah === opd.irbanWilayah) ?? null) : null;
    const tlType: TlType | null = decided
      ? weighted<TlType>([
          ["KLARIFIKASI", 55],
          ["KOORDINASI", 30],
          ["AUDIT", 15],
        ])
      : null;
    const followedUpOn = position >= ORDER.indexOf("MENUNGGU_KONFIRMASI") ? addWorkingDays(registeredOn, took, cal.holidays) : null;
    const { dueOn, estimate } = dueDate(cal, registeredOn);
    const title = pick(SUBJECTS);
    const stepDay = (p: number) =>
      addWorkingDays(registeredOn, Math.max(0, Math.round(shareOfWay(p) * (followedUpOn ? took : Math.max(1, age)))), cal.holidays);

    await db.$transaction(async (tx) => {
      const year = Number(registeredOn.slice(0, 4));
      const registerNumber = formatRegisterNumber(year, await nextInSequence(tx, "ADU", year));
      const closedOn = reached === "SELESAI" ? addWorkingDays(followedUpOn!, 3, cal.holidays) : reached === "DITUTUP" ? stepDay(4) : null;
      const kase = await tx.case.create({
        data: {
          registerNumber,
          searchText: searchTextOf(registerNumber, title),
          source,
          channel: source === "LAPAK_ADUAN" ? "LAPAK_ADUAN_API" : source === "WBS" ? "WBS_WEB" : source === "DISPOSISI_BUPATI" ? "SURAT" : "WEB",
          status: reached,
          confidentiality: source === "WBS" ? "RAHASIA" : "ANONIM",
          title,
          description: "Data demo: aduan rekaan untuk mencoba SIPADU.",
          opdId: opd.id,
          registeredAt: new Date(`${registeredOn}T02:00:00Z`),
          registeredOn,
          dueOn,
          dueIsEstimate: estimate,
          tlType,
          irbanUserId: irban?.id ?? null,
          irbanWilayah: irban?.irbanWilayah ?? null,
          ...syntheticOutcome(rnd, {
            reached,
            dueOn,
            followedUpOn,
            followUpWorkingDays: followedUpOn ? followUpWorkingDays(registeredOn, followedUpOn, 0, cal.holidays) : null,
            closedOn,
          }),
        },
      });
      await tx.reporter.create({ data: { caseId: kase.id, anonymous: true } });
      // The history its steps would have written, on the days they happened.
      const last = reached === "DITUTUP" ? 5 : position + 1;
      for (let p = 0; p < last; p++) {
        const step = PROCEDURE[p]!;
        const toStatus = reached === "DITUTUP" && step.number === 5 ? "DITUTUP" : step.to;
        await appendHistory(
          tx,
          kase.id,
          {
            step: step.number,
            type: `LANGKAH_${step.code.toUpperCase()}`,
            toStatus,
            fromStatus: step.from,
            actorId: null,
            actorLabel: "Data demo",
            data: { demo: true },
          },
          new Date(`${p === PROCEDURE.length - 1 && closedOn ? closedOn : stepDay(p)}T0${Math.min(9, 2 + p)}:00:00Z`),
        );
      }
    });
    made++;
  }
  return made;
}
