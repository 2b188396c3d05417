// A crew of staff, one per role, and a case walked through the real steps up
// to any point: the integration tests start from states the procedure itself made.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { addWorkingDays, isWorkingDay } from "@/lib/sla/working-days";
import { loadCalendar } from "@/lib/sla/calendar";
import { approveReport } from "@/lib/steps/approve-report";
import { REPORT_APPROVAL, STEPS } from "@/lib/workflow/steps";
import { confirmCase } from "@/lib/steps/confirm";
import { dispose } from "@/lib/steps/dispose";
import { distributeSpt } from "@/lib/steps/distribute-spt";
import { draftSpt } from "@/lib/steps/draft-spt";
import { saveFinding, saveReport } from "@/lib/steps/field-work";
import { forwardToInspektur } from "@/lib/steps/forward-to-inspektur";
import { notifyComplainant } from "@/lib/steps/notify-complainant";
import { orderReview } from "@/lib/steps/order-review";
import { submitQuickReview } from "@/lib/steps/quick-review";
import { registerCase } from "@/lib/steps/receive";
import { signSpt } from "@/lib/steps/sign-spt";
import { submitReport } from "@/lib/steps/submit-report";
import { submitTeamPlan } from "@/lib/steps/team-plan";
import { todayInJakarta } from "@/lib/format/dates";
import { seedOpd, seedUser } from "@/prisma/seed/factories";
import { actorOf } from "./actors";

export type Crew = Record<
  "pengaduan" | "inspektur" | "penelaah" | "penelaahLain" | "irban1" | "irban2" | "auditor" | "auditorLain" | "kasubag" | "pimpinan" | "admin",
  Actor
>;

export async function seedCrew(): Promise<Crew> {
  const nip = (seq: number) => `19800101200501${seq % 2 ? 1 : 2}${String(seq).padStart(3, "0")}`;
  const base = Math.floor(Math.random() * 900);
  const u = async (role: Parameters<typeof seedUser>[1] & object, i: number) => actorOf(await seedUser(db, { ...role, nip: nip(base + i) }));
  return {
    pengaduan: await u({ role: "TIM_PENGADUAN", name: "Petugas Pengaduan" }, 1),
    inspektur: await u({ role: "INSPEKTUR", name: "Inspektur Uji" }, 2),
    penelaah: await u({ role: "PENELAAH", name: "Penelaah Uji" }, 3),
    penelaahLain: await u({ role: "PENELAAH", name: "Penelaah Lain" }, 4),
    irban1: await u({ role: "IRBAN", irbanWilayah: "WILAYAH_I", name: "Irban Satu" }, 5),
    irban2: await u({ role: "IRBAN", irbanWilayah: "WILAYAH_II", name: "Irban Dua" }, 6),
    auditor: await u({ role: "AUDITOR", irbanWilayah: "WILAYAH_I", name: "Auditor Uji" }, 7),
    auditorLain: await u({ role: "AUDITOR", name: "Auditor Lain" }, 8),
    kasubag: await u({ role: "KASUBAG_PERENCANAAN", name: "Kasubag Uji" }, 9),
    pimpinan: await u({ role: "PIMPINAN", name: "Pimpinan Uji" }, 10),
    admin: await u({ role: "ADMIN", name: "Admin Uji" }, 11),
  };
}

export async function versionOf(caseId: string): Promise<number> {
  return (await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { version: true } })).version;
}

/** The first working day on or after today: a valid team start date. */
export async function firstWorkingDay(): Promise<string> {
  const cal = await loadCalendar(db);
  const today = todayInJakarta();
  return isWorkingDay(today, cal.holidays) ? today : addWorkingDays(today, 1, cal.holidays);
}

export const QUICK_REVIEW_OK = {
  result_LENGKAP_5W1H: "MEMENUHI",
  result_BUKTI_AWAL: "MEMENUHI",
  result_KEWENANGAN: "MEMENUHI",
  result_BERKADAR_PENGAWASAN: "MEMENUHI",
  result_TIDAK_DITANGANI_PIHAK_LAIN: "MEMENUHI",
  nature: "BERKADAR_PENGAWASAN",
  summary: "Aduan lengkap dan berkadar pengawasan.",
  recommendation: "KLARIFIKASI",
};

/** Valid input of each step for a case, as the forms would send it. */
export async function validInput(step: number, crew: Crew, caseId: string): Promise<Record<string, unknown>> {
  const ref = { caseId, version: String(await versionOf(caseId)) };
  switch (step) {
    case 2:
      return { ...ref, note: "Mohon arahan Bapak Inspektur." };
    case 3:
      return { ...ref, reviewerIds: crew.penelaah.id, instructions: "Telaah segera." };
    case 4:
      return { ...ref, ...QUICK_REVIEW_OK };
    case 5:
      return { ...ref, decision: "TINDAK_LANJUT", tlType: "KLARIFIKASI", irbanUserId: crew.irban1.id, instructions: "Klarifikasi ke OPD." };
    case 6:
      return {
        ...ref,
        objectives: "Memperoleh kejelasan atas dugaan pungutan.",
        startOn: await firstWorkingDay(),
        durationDays: "5",
        member_0_user: crew.inspektur.id,
        member_0_role: "PENANGGUNG_JAWAB",
        member_1_user: crew.irban1.id,
        member_1_role: "WAKIL_PENANGGUNG_JAWAB",
        member_2_user: crew.auditor.id,
        member_2_role: "KETUA_TIM",
      };
    case 7:
      return { ...ref, task: "Melaksanakan klarifikasi atas pengaduan masyarakat yang diterima Inspektorat" };
    case 8:
      return { ...ref, decision: "TANDATANGANI" };
    case 9:
      return { ...ref, delivered: "on" };
    case 10:
      return { ...ref, confirm: "on" };
    case REPORT_APPROVAL:
      return { ...ref, decision: "SETUJUI" };
    case 11:
      return { ...ref, message: "Aduan Anda telah ditindaklanjuti melalui klarifikasi; pungutan telah dihentikan." };
    default:
      throw new Error(`no input for step ${step}`);
  }
}

export const STEP_FUNCTIONS: Record<number, { fn: (actor: Actor, raw: unknown) => Promise<unknown>; actor: keyof Crew }> = {
  2: { fn: forwardToInspektur, actor: "pengaduan" },
  3: { fn: orderReview, actor: "inspektur" },
  4: { fn: submitQuickReview, actor: "penelaah" },
  5: { fn: dispose, actor: "inspektur" },
  6: { fn: submitTeamPlan, actor: "irban1" },
  7: { fn: draftSpt, actor: "kasubag" },
  8: { fn: signSpt, actor: "inspektur" },
  9: { fn: distributeSpt, actor: "kasubag" },
  10: { fn: submitReport, actor: "auditor" },
  [REPORT_APPROVAL]: { fn: approveReport, actor: "inspektur" },
  11: { fn: notifyComplainant, actor: "pengaduan" },
};

/** The team's work that step 10's submission needs. */
export async function completeFieldWork(crew: Crew, caseId: string) {
  await saveFinding(crew.auditor, {
    caseId,
    allegation: "Pungutan Rp50.000 untuk KTP",
    condition: "Petugas mengakui menerima uang.",
    conclusion: "TERBUKTI",
    recommendation: "Kembalikan pungutan.",
  });
  await saveReport(crew.auditor, {
    caseId,
    langkah: "Wawancara petugas dan pelapor.",
    simpulan: "Pungutan terbukti.",
    arahKlarifikasi: "SELESAI",
    saran: "Pembinaan petugas.",
  });
}

export async function registerTestCase(crew: Crew, extra: Record<string, unknown> = {}) {
  const opd = await seedOpd(db, { irbanWilayah: "WILAYAH_I" });
  return registerCase(crew.pengaduan, {
    source: "MASYARAKAT",
    channel: "SURAT",
    title: "Pungutan liar pembuatan KTP",
    description: "Petugas meminta Rp50.000 untuk KTP.",
    opdId: opd.id,
    confidentiality: "BIASA",
    reporterName: "Budi Pelapor",
    phone: "081234567890",
    email: "budi@contoh.id",
    ...extra,
  });
}

/** A new case taken through the real steps until it waits for step `untilStep` (2–12, or REPORT_APPROVAL). */
export async function caseWaitingFor(crew: Crew, untilStep: number, extra: Record<string, unknown> = {}): Promise<string> {
  const { id } = await registerTestCase(crew, extra);
  await advanceCase(crew, id, untilStep);
  return id;
}

/** A registered case (from any source) taken through the staff steps, in the table's order, until it waits for step `untilStep`. */
export async function advanceCase(crew: Crew, id: string, untilStep: number): Promise<void> {
  const order = STEPS.map((s) => s.number);
  if (!order.includes(untilStep as (typeof order)[number])) throw new Error(`no step ${untilStep}`);
  for (const n of order.slice(1, order.indexOf(untilStep as (typeof order)[number]))) {
    if (n === 10) await completeFieldWork(crew, id);
    const { fn, actor } = STEP_FUNCTIONS[n]!;
    await fn(crew[actor], await validInput(n, crew, id));
  }
}

export async function confirmResolved(caseId: string) {
  return confirmCase(caseId, "PELAPOR", { resolved: "ya", satisfaction: "5", note: "" });
}
