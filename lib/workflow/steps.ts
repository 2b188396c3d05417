// The twelve steps of "Penanganan Pengaduan Masyarakat" as data (PROCEDURE.md),
// with the Inspektur's approval of the report between steps 10 and 11 as a
// step of its own ("10a": its actor, its status, its return branch).
// Inboxes, case pages, buttons, history labels and the authorization tests
// read this table; a changed rule is one edit here. The table is in the order
// of the procedure; `number` identifies a step in code and in the history,
// `code` is what people read ("Langkah 10a").
import type { z } from "zod";
import { CaseStatus, Role } from "@/lib/enums";
import type { CasePeople } from "./holders";
import { approveReportInput, confirmInput, notifyInput, submitReportInput } from "./inputs/execution";
import { registerInput } from "./inputs/intake";
import { dispositionInput, forwardInput, orderReviewInput, quickReviewInput } from "./inputs/review";
import { distributeSptInput, signSptInput, sptDraftInput, teamPlanInput } from "./inputs/team";
import { EVENT_LABELS } from "@/lib/history/labels";

/** Who may carry out a step: staff roles, or the complainant with the receipt code. */
export type StepActor = Role | "PELAPOR" | "SISTEM";

/** `addedLater`: a target saved before the step existed takes the default instead of failing. */
export type StepTarget = { days: number; addedLater?: true } | "sptEnd" | null;

export interface StepDefinition {
  /** identifies the step (history, forms, settings); the SOP's number for the twelve */
  number: number;
  /** what people read: "10", or "10a" for the approval that the SOP places inside step 10 */
  code: string;
  key: string;
  /** the status the step acts on; null for step 1, which creates the case */
  from: CaseStatus | null;
  /** how staff name the `from` status, while the case waits for this step: short (badges) and in full */
  waiting?: { short: string; label: string };
  to: CaseStatus;
  /** other outcomes the step may lead to (closing, returning) */
  alternatives: readonly CaseStatus[];
  actors: readonly StepActor[];
  /** held on a case by the people it names (holders.ts), not by anyone with the role */
  heldBy?: readonly CasePeople[];
  /** the role of the person the step assigns to the case (the reviewers of step 3, the Irban of step 5) */
  chooses?: Role;
  /**
   * the step's target: working days from the day the case reached it (the default; the admin sets the days,
   * /admin/target-langkah), "sptEnd" for the end of the signed SPT's period, or null (the complainant's step)
   */
  target: StepTarget;
  /** where the step is in code, "file#export": its domain function and its form (checked by steps-in-tree.test.ts) */
  where: { handler: string; form: string };
  label: string;
  /** the stage as the complainant reads it when following the case */
  publicStage: string;
  /** the strict schema of the step's input */
  schema: z.ZodType;
  /** what the history calls the event, and its alternatives by target status */
  eventLabel: string;
  alternativeLabels?: Partial<Record<CaseStatus, string>>;
}

export const STEPS = [
  {
    number: 1,
    code: "1",
    key: "terima",
    from: null,
    to: "DITERIMA",
    alternatives: [],
    actors: ["TIM_PENGADUAN", "SISTEM"],
    label: "Menerima aduan atau disposisi Bupati",
    publicStage: "Aduan diterima",
    schema: registerInput,
    target: { days: 1 },
    where: { handler: "lib/steps/receive.ts#registerCase", form: "app/(staff)/aduan/baru/register-form.tsx#RegisterForm" },
    eventLabel: "Aduan diterima dan dicatat",
  },
  {
    number: 2,
    code: "2",
    key: "teruskan-ke-inspektur",
    from: "DITERIMA",
    waiting: { short: "Diterima", label: "Diterima — menunggu diteruskan ke Inspektur" },
    to: "DI_INSPEKTUR",
    alternatives: [],
    actors: ["TIM_PENGADUAN"],
    label: "Menyampaikan aduan kepada Inspektur Daerah",
    publicStage: "Aduan disampaikan kepada Inspektur",
    schema: forwardInput,
    target: { days: 1 },
    where: { handler: "lib/steps/forward-to-inspektur.ts#forwardToInspektur", form: "app/(staff)/aduan/[id]/_steps/simple-steps.tsx#ForwardForm" },
    eventLabel: "Aduan diteruskan kepada Inspektur",
  },
  {
    number: 3,
    code: "3",
    key: "perintah-telaah",
    from: "DI_INSPEKTUR",
    waiting: { short: "Di Inspektur", label: "Di Inspektur — menunggu perintah telaah" },
    to: "DITELAAH",
    alternatives: [],
    actors: ["INSPEKTUR"],
    chooses: "PENELAAH",
    label: "Memerintahkan Tim Penelaah menelaah aduan",
    publicStage: "Aduan sedang ditelaah",
    schema: orderReviewInput,
    target: { days: 3 },
    where: { handler: "lib/steps/order-review.ts#orderReview", form: "app/(staff)/aduan/[id]/_steps/review-steps.tsx#OrderReviewForm" },
    eventLabel: "Inspektur memerintahkan penelaahan",
  },
  {
    number: 4,
    code: "4",
    key: "kaji-cepat",
    from: "DITELAAH",
    waiting: { short: "Ditelaah", label: "Ditelaah — menunggu kaji cepat" },
    to: "REKOMENDASI",
    alternatives: [],
    actors: ["PENELAAH"],
    heldBy: ["reviewers"],
    label: "Kaji cepat dan rekomendasi tindak lanjut",
    publicStage: "Aduan sedang ditelaah",
    schema: quickReviewInput,
    target: { days: 3 },
    where: { handler: "lib/steps/quick-review.ts#submitQuickReview", form: "app/(staff)/aduan/[id]/_steps/review-steps.tsx#QuickReviewForm" },
    eventLabel: "Kaji cepat selesai, rekomendasi disampaikan",
  },
  {
    number: 5,
    code: "5",
    key: "disposisi",
    from: "REKOMENDASI",
    waiting: { short: "Rekomendasi", label: "Rekomendasi — menunggu disposisi Inspektur" },
    to: "DISPOSISI_IRBAN",
    alternatives: ["DITUTUP"],
    actors: ["INSPEKTUR"],
    chooses: "IRBAN",
    label: "Disposisi kepada Irban atau penutupan aduan",
    publicStage: "Tindak lanjut sedang ditetapkan",
    schema: dispositionInput,
    target: { days: 1 },
    where: { handler: "lib/steps/dispose.ts#dispose", form: "app/(staff)/aduan/[id]/_steps/review-steps.tsx#DisposeForm" },
    eventLabel: "Inspektur mendisposisikan kepada Irban",
    alternativeLabels: { DITUTUP: "Inspektur menutup aduan tanpa tindak lanjut" },
  },
  {
    number: 6,
    code: "6",
    key: "rencana-tim",
    from: "DISPOSISI_IRBAN",
    waiting: { short: "Disposisi Irban", label: "Disposisi Irban — menunggu rencana tim" },
    to: "RENCANA_TIM",
    alternatives: [],
    actors: ["IRBAN"],
    heldBy: ["irban"],
    label: "Menyusun rencana tim sebagai dasar SPT",
    publicStage: "Tindak lanjut sedang disiapkan",
    schema: teamPlanInput,
    target: { days: 3 },
    where: { handler: "lib/steps/team-plan.ts#submitTeamPlan", form: "app/(staff)/aduan/[id]/_steps/team-steps.tsx#TeamPlanForm" },
    eventLabel: "Rencana tim disampaikan kepada Kasubag Perencanaan",
  },
  {
    number: 7,
    code: "7",
    key: "draf-spt",
    from: "RENCANA_TIM",
    waiting: { short: "Rencana tim", label: "Rencana tim — menunggu draf SPT" },
    to: "SPT_DRAFT",
    alternatives: [],
    actors: ["KASUBAG_PERENCANAAN"],
    label: "Menyusun draf Surat Perintah Tugas",
    publicStage: "Tindak lanjut sedang disiapkan",
    schema: sptDraftInput,
    target: { days: 3 },
    where: { handler: "lib/steps/draft-spt.ts#draftSpt", form: "app/(staff)/aduan/[id]/_steps/simple-steps.tsx#DraftSptForm" },
    eventLabel: "Draf SPT disampaikan kepada Inspektur",
  },
  {
    number: 8,
    code: "8",
    key: "tandatangan-spt",
    from: "SPT_DRAFT",
    waiting: { short: "Draf SPT", label: "Draf SPT — menunggu tanda tangan Inspektur" },
    to: "SPT_DITANDATANGANI",
    alternatives: ["RENCANA_TIM"],
    actors: ["INSPEKTUR"],
    label: "Menandatangani SPT atau mengembalikannya",
    publicStage: "Tindak lanjut sedang disiapkan",
    schema: signSptInput,
    target: { days: 3 },
    where: { handler: "lib/steps/sign-spt.ts#signSpt", form: "app/(staff)/aduan/[id]/_steps/team-steps.tsx#SignSptForm" },
    eventLabel: "Inspektur menandatangani SPT",
    alternativeLabels: { RENCANA_TIM: "Inspektur mengembalikan draf SPT untuk diperbaiki" },
  },
  {
    number: 9,
    code: "9",
    key: "distribusi-spt",
    from: "SPT_DITANDATANGANI",
    waiting: { short: "SPT ditandatangani", label: "SPT ditandatangani — menunggu distribusi" },
    to: "PELAKSANAAN",
    alternatives: [],
    actors: ["KASUBAG_PERENCANAAN"],
    label: "Menyampaikan SPT kepada tim dan salinannya kepada Sekretariat",
    publicStage: "Aduan sedang ditindaklanjuti",
    schema: distributeSptInput,
    target: { days: 3 },
    where: { handler: "lib/steps/distribute-spt.ts#distributeSpt", form: "app/(staff)/aduan/[id]/_steps/simple-steps.tsx#DistributeSptForm" },
    eventLabel: "SPT disampaikan kepada tim",
  },
  {
    number: 10,
    code: "10",
    key: "pelaksanaan",
    from: "PELAKSANAAN",
    waiting: { short: "Pelaksanaan", label: "Pelaksanaan tindak lanjut" },
    to: "LAPORAN_DIAJUKAN",
    alternatives: [],
    actors: ["IRBAN", "AUDITOR"],
    heldBy: ["irban", "team"],
    label: "Melaksanakan tindak lanjut dan menyusun laporan hasil",
    publicStage: "Aduan sedang ditindaklanjuti",
    schema: submitReportInput,
    // the team's notes, findings and report before submitting: lib/steps/field-work.ts, _steps/field-work-forms.tsx
    target: "sptEnd",
    where: { handler: "lib/steps/submit-report.ts#submitReport", form: "app/(staff)/aduan/[id]/_steps/simple-steps.tsx#SubmitReportForm" },
    eventLabel: "Laporan hasil diserahkan kepada Inspektur untuk disetujui",
  },
  {
    number: 13,
    code: "10a",
    key: "persetujuan-laporan",
    from: "LAPORAN_DIAJUKAN",
    waiting: { short: "Menunggu persetujuan laporan", label: "Laporan diajukan — menunggu persetujuan Inspektur" },
    to: "LAPORAN_SELESAI",
    alternatives: ["PELAKSANAAN"],
    actors: ["INSPEKTUR"],
    label: "Menyetujui laporan hasil atau mengembalikannya kepada tim",
    publicStage: "Aduan sedang ditindaklanjuti",
    schema: approveReportInput,
    target: { days: 2, addedLater: true },
    where: { handler: "lib/steps/approve-report.ts#approveReport", form: "app/(staff)/aduan/[id]/_steps/approve-report-form.tsx#ApproveReportForm" },
    eventLabel: "Inspektur menyetujui dan menandatangani laporan hasil",
    alternativeLabels: { PELAKSANAAN: "Inspektur mengembalikan laporan hasil kepada tim untuk diperbaiki" },
  },
  {
    number: 11,
    code: "11",
    key: "pemberitahuan",
    from: "LAPORAN_SELESAI",
    waiting: { short: "Laporan disetujui", label: "Laporan disetujui — menunggu pemberitahuan kepada pelapor" },
    to: "MENUNGGU_KONFIRMASI",
    alternatives: [],
    actors: ["TIM_PENGADUAN"],
    label: "Memberitahukan hasil tindak lanjut kepada pelapor dan Lapak Aduan",
    publicStage: "Hasil tindak lanjut disampaikan — menunggu konfirmasi Anda",
    schema: notifyInput,
    target: { days: 1 },
    where: { handler: "lib/steps/notify-complainant.ts#notifyComplainant", form: "app/(staff)/aduan/[id]/_steps/simple-steps.tsx#NotifyForm" },
    eventLabel: "Hasil tindak lanjut diberitahukan kepada pelapor",
  },
  {
    number: 12,
    code: "12",
    key: "konfirmasi",
    from: "MENUNGGU_KONFIRMASI",
    waiting: { short: "Menunggu konfirmasi", label: "Menunggu konfirmasi pelapor" },
    to: "SELESAI",
    alternatives: ["DITERIMA"],
    actors: ["PELAPOR", "SISTEM"],
    label: "Konfirmasi pelapor bahwa aduan selesai",
    publicStage: "Selesai",
    schema: confirmInput,
    target: null,
    where: { handler: "lib/steps/confirm.ts#confirmCase", form: "app/(public)/lacak/tracking-forms.tsx#ConfirmForm" },
    eventLabel: "Pelapor menyatakan aduan selesai",
    alternativeLabels: { DITERIMA: "Pelapor menyatakan aduan belum selesai; dikembalikan kepada tim pengaduan" },
  },
] as const satisfies readonly StepDefinition[];

export type StepNumber = (typeof STEPS)[number]["number"];

/** The approval of the report (step "10a"), which step 11 waits for. */
export const REPORT_APPROVAL = 13 satisfies StepNumber;

/** "Langkah 10a" for a step number from the table or the history. */
export function stepCode(n: number): string {
  return STEPS.find((s) => s.number === n)?.code ?? String(n);
}

/** A step by number, typed with its own input schema. */
export function stepByNumber<N extends StepNumber>(n: N): Extract<(typeof STEPS)[number], { number: N }> {
  const step = STEPS.find((s) => s.number === n);
  if (!step) throw new Error(`No step ${n}`);
  return step as Extract<(typeof STEPS)[number], { number: N }>;
}

/**
 * A change of status outside the steps, with its own rule. It takes the same
 * guarded path as a step (run-step.ts commitTransition): precondition and
 * version checked inside the transaction, a history event, the outbox.
 */
export interface SideTransition {
  key: string;
  from: readonly CaseStatus[];
  to: CaseStatus;
  actors: readonly StepActor[];
  eventType: string;
  eventLabel: string;
}

/** The statuses no step starts from: the case is finished. */
export const FINAL_STATUSES: readonly CaseStatus[] = Object.values(CaseStatus).filter((st) => !STEPS.some((s) => s.from === st));
const OPEN_STATUSES = Object.values(CaseStatus).filter((st) => !FINAL_STATUSES.includes(st));

export const SIDE_TRANSITIONS = {
  /** the complainant left a question unanswered for 5 working days (lib/sla/pause.ts) */
  closeIncomplete: {
    key: "tutup-tidak-lengkap",
    from: OPEN_STATUSES,
    to: "DITUTUP",
    actors: ["TIM_PENGADUAN"],
    eventType: "DITUTUP_TIDAK_LENGKAP",
    eventLabel: EVENT_LABELS.DITUTUP_TIDAK_LENGKAP,
  },
} as const satisfies Record<string, SideTransition>;

/** The steps whose target the admin sets in working days, in the order of the procedure. */
export type TargetStep = Extract<(typeof STEPS)[number], { target: { days: number } }>;
export const TARGET_STEPS = STEPS.filter((s): s is TargetStep => s.target !== null && s.target !== "sptEnd");

/** The statuses whose step runs until the end of the signed SPT's period (step 10). */
export const SPT_PERIOD_STATUSES = STEPS.filter((s) => s.target === "sptEnd").map((s) => s.from as CaseStatus);

/** The step a case in this status waits for, if any. */
export function stepWaitingAt(status: CaseStatus): StepDefinition | undefined {
  return STEPS.find((s) => s.from === status);
}

/** Whether the step is one `actor` takes at all. */
export function takes(step: StepDefinition, actor: StepActor): boolean {
  return (step.actors as readonly StepActor[]).includes(actor);
}

/** Whether `role` may take `step` on a case in `status` (step 1 creates the case: status null). */
export function canAct(actor: StepActor, step: StepDefinition, status: CaseStatus | null): boolean {
  return takes(step, actor) && step.from === status;
}

export function stepByKey(key: string): StepDefinition | undefined {
  return STEPS.find((s) => s.key === key);
}

/** The history's event type of a step: "LANGKAH_10A". */
export function eventTypeOf(step: Pick<StepDefinition, "code">): string {
  return `LANGKAH_${step.code.toUpperCase()}`;
}

/** The history's words for a step that led to `to`. */
export function eventLabelOf(step: StepDefinition, to: CaseStatus | null): string {
  return (to && step.alternativeLabels?.[to]) || step.eventLabel;
}

const ROLES: readonly string[] = Object.values(Role);

/** The staff roles that work cases: every role that takes a step of the table (inbox, digests, notices). */
export const CASE_ROLES: readonly Role[] = [...new Set(STEPS.flatMap((s) => s.actors as readonly StepActor[]).filter((a): a is Role => ROLES.includes(a)))];

/** The statuses in which a role has the next move: what its inbox lists. */
export function inboxStatusesFor(role: Role): CaseStatus[] {
  return STEPS.filter((s) => s.from !== null && takes(s, role)).map((s) => s.from as CaseStatus);
}
