// A hand-built set of cases whose dashboard answers are worked out by hand in
// lib/dashboard/aggregates.db.test.ts — Lebaran 2025's holidays decide whether
// case A was on time. Shared by the aggregate and the export tests.
import { db } from "@/lib/db";
import type { CaseSource, CaseStatus, IrbanWilayah, TlType } from "@/lib/enums";
import { dueDate, loadCalendar } from "@/lib/sla/calendar";
import { followUpWorkingDays } from "@/lib/sla/follow-up";
import { seedCase, seedOpd, seedUser } from "@/prisma/seed/factories";

export const TODAY = "2026-11-30";
/** Lebaran 2025 as this test's calendar has it: Idul Fitri and collective leave, six weekdays. */
export const LEBARAN_2025 = ["2025-03-31", "2025-04-01", "2025-04-02", "2025-04-03", "2025-04-04", "2025-04-07"];

interface HandBuilt {
  key: string;
  registeredOn: string;
  source: CaseSource;
  status: CaseStatus;
  opd: "A" | "B";
  irban?: "X" | "Y";
  tlType?: TlType;
  followedUpOn?: string;
  satisfaction?: number;
}

const CASES: HandBuilt[] = [
  // A: due 2025-04-29 because of Lebaran (2025-04-21 without it); followed up 2025-04-25 after 18 working days: on time.
  {
    key: "A",
    registeredOn: "2025-03-24",
    source: "MASYARAKAT",
    status: "SELESAI",
    opd: "A",
    irban: "X",
    tlType: "KLARIFIKASI",
    followedUpOn: "2025-04-25",
    satisfaction: 5,
  },
  // B: due 2025-04-08; followed up 2025-04-10 after 22 working days: late; still waiting for the complainant.
  { key: "B", registeredOn: "2025-03-03", source: "WBS", status: "MENUNGGU_KONFIRMASI", opd: "A", irban: "X", tlType: "AUDIT", followedUpOn: "2025-04-10" },
  // C: closed at step 5 without follow-up.
  { key: "C", registeredOn: "2025-05-05", source: "LAPAK_ADUAN", status: "DITUTUP", opd: "B" },
  // D: in the team's hands since mid-2025: open and far past its due date.
  { key: "D", registeredOn: "2025-06-02", source: "MASYARAKAT", status: "PELAKSANAAN", opd: "B", irban: "Y", tlType: "KOORDINASI" },
  // E: followed up after 8 working days, rated 3.
  {
    key: "E",
    registeredOn: "2025-06-10",
    source: "DISPOSISI_BUPATI",
    status: "SELESAI",
    opd: "A",
    irban: "Y",
    tlType: "KOORDINASI",
    followedUpOn: "2025-06-20",
    satisfaction: 3,
  },
  // 2026: F waits at step 2 since January; G was followed up after 14 working days and closed unrated.
  { key: "F", registeredOn: "2026-01-05", source: "MASYARAKAT", status: "DITERIMA", opd: "A" },
  { key: "G", registeredOn: "2026-02-02", source: "WBS", status: "SELESAI", opd: "B", irban: "X", tlType: "AUDIT", followedUpOn: "2026-02-20" },
];

export interface DashboardFixture {
  ids: Record<string, string>;
  opdA: string;
  opdB: string;
  irbanX: { id: string; wilayah: IrbanWilayah };
  irbanY: { id: string; wilayah: IrbanWilayah };
}

/** The cases as the steps would leave them: due date, on-time flag and working days from the real calendar functions. */
export async function buildDashboardCases(): Promise<DashboardFixture> {
  await db.holiday.createMany({ data: LEBARAN_2025.map((date) => ({ date, year: 2025, type: "CUTI_BERSAMA" as const, name: "Idul Fitri 1446 H" })) });
  const opds = { A: (await seedOpd(db, { name: "Dinas Pendidikan Uji" })).id, B: (await seedOpd(db, { name: "Dinas Kesehatan Uji" })).id };
  const x = await seedUser(db, { role: "IRBAN", irbanWilayah: "WILAYAH_I", name: "Irban Satu Uji", nip: null });
  const y = await seedUser(db, { role: "IRBAN", irbanWilayah: "WILAYAH_II", name: "Irban Dua Uji", nip: null });
  const irbans = { X: { id: x.id, wilayah: "WILAYAH_I" as const }, Y: { id: y.id, wilayah: "WILAYAH_II" as const } };
  const cal = await loadCalendar(db);
  const ids: Record<string, string> = {};
  for (const c of CASES) {
    const irban = c.irban ? irbans[c.irban] : null;
    const created = await seedCase(db, {
      registeredOn: c.registeredOn,
      source: c.source,
      status: c.status,
      opdId: opds[c.opd],
      tlType: c.tlType ?? null,
      irbanUserId: irban?.id ?? null,
      title: `Aduan ${c.key}`,
    });
    const { dueOn } = dueDate(cal, c.registeredOn);
    await db.case.update({
      where: { id: created.id },
      data: {
        dueOn,
        irbanWilayah: irban?.wilayah ?? null,
        followedUpOn: c.followedUpOn ?? null,
        completedOnTime: c.followedUpOn ? c.followedUpOn <= dueOn : null,
        followUpWorkingDays: c.followedUpOn ? followUpWorkingDays(c.registeredOn, c.followedUpOn, 0, cal.holidays) : null,
        satisfaction: c.satisfaction ?? null,
        closedOn: c.status === "SELESAI" || c.status === "DITUTUP" ? (c.followedUpOn ?? c.registeredOn) : null,
      },
    });
    ids[c.key] = created.id;
  }
  return { ids, opdA: opds.A, opdB: opds.B, irbanX: irbans.X, irbanY: irbans.Y };
}
