// The twelve steps of "Penanganan Pengaduan Masyarakat" as data (PROCEDURE.md),
// with the Inspektur's approval of the report between steps 10 and 11 as a
// step of its own ("10a": its actor, its status, its return branch).
// Inboxes, case pages, buttons, history labels and the authorization tests
// read this table; a changed rule is one edit here. The table is in the order
// of the procedure; `number` identifies a step in code and in the history,
// `code` is what people read ("Langkah 10a").
import type { z } from "zod";
import type { CaseStatus, Role } from "@/lib/enums";
import { FINAL_STATUSES, STATUS_SHORT } from "./statuses";
import { approveReportInput, confirmInput, notifyInput, submitReportInput } from "./inputs/execution";
import { registerInput } from "./inputs/intake";
import { dispositionInput, forwardInput, orderReviewInput, quickReviewInput } from "./inputs/review";
import { distributeSptInput, signSptInput, sptDraftInput, teamPlanInput } from "./inputs/team";

/** Who may carry out a step: staff roles, or the complainant with the receipt code. */
export type StepActor = Role | "PELAPOR" | "SISTEM";

export interface StepDefinition {
  /** identifies the step (history, forms, settings); the SOP's number for the twelve */
  number: number;
  /** what people read: "10", or "10a" for the approval that the SOP places inside step 10 */
  code: string;
  key: string;
  /** the status the step acts on; null for step 1, which creates the case */
  from: CaseStatus | null;
  to: CaseStatus;
  /** other outcomes the step may lead to (closing, returning) */
  alternatives: readonly CaseStatus[];
  actors: readonly StepActor[];
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
    eventLabel: "Aduan diterima dan dicatat",
  },
  {
    number: 2,
    code: "2",
    key: "teruskan-ke-inspektur",
    from: "DITERIMA",
    to: "DI_INSPEKTUR",
    alternatives: [],
    actors: ["TIM_PENGADUAN"],
    label: "Menyampaikan aduan kepada Inspektur Daerah",
    publicStage: "Aduan disampaikan kepada Inspektur",
    schema: forwardInput,
    eventLabel: "Aduan diteruskan kepada Inspektur",
  },
  {
    number: 3,
    code: "3",
    key: "perintah-telaah",
    from: "DI_INSPEKTUR",
    to: "DITELAAH",
    alternatives: [],
    actors: ["INSPEKTUR"],
    label: "Memerintahkan Tim Penelaah menelaah aduan",
    publicStage: "Aduan sedang ditelaah",
    schema: orderReviewInput,
    eventLabel: "Inspektur memerintahkan penelaahan",
  },
  {
    number: 4,
    code: "4",
    key: "kaji-cepat",
    from: "DITELAAH",
    to: "REKOMENDASI",
    alternatives: [],
    actors: ["PENELAAH"],
    label: "Kaji cepat dan rekomendasi tindak lanjut",
    publicStage: "Aduan sedang ditelaah",
    schema: quickReviewInput,
    eventLabel: "Kaji cepat selesai, rekomendasi disampaikan",
  },
  {
    number: 5,
    code: "5",
    key: "disposisi",
    from: "REKOMENDASI",
    to: "DISPOSISI_IRBAN",
    alternatives: ["DITUTUP"],
    actors: ["INSPEKTUR"],
    label: "Disposisi kepada Irban atau penutupan aduan",
    publicStage: "Tindak lanjut sedang ditetapkan",
    schema: dispositionInput,
    eventLabel: "Inspektur mendisposisikan kepada Irban",
    alternativeLabels: { DITUTUP: "Inspektur menutup aduan tanpa tindak lanjut" },
  },
  {
    number: 6,
    code: "6",
    key: "rencana-tim",
    from: "DISPOSISI_IRBAN",
    to: "RENCANA_TIM",
    alternatives: [],
    actors: ["IRBAN"],
    label: "Menyusun rencana tim sebagai dasar SPT",
    publicStage: "Tindak lanjut sedang disiapkan",
    schema: teamPlanInput,
    eventLabel: "Rencana tim disampaikan kepada Kasubag Perencanaan",
  },
  {
    number: 7,
    code: "7",
    key: "draf-spt",
    from: "RENCANA_TIM",
    to: "SPT_DRAFT",
    alternatives: [],
    actors: ["KASUBAG_PERENCANAAN"],
    label: "Menyusun draf Surat Perintah Tugas",
    publicStage: "Tindak lanjut sedang disiapkan",
    schema: sptDraftInput,
    eventLabel: "Draf SPT disampaikan kepada Inspektur",
  },
  {
    number: 8,
    code: "8",
    key: "tandatangan-spt",
    from: "SPT_DRAFT",
    to: "SPT_DITANDATANGANI",
    alternatives: ["RENCANA_TIM"],
    actors: ["INSPEKTUR"],
    label: "Menandatangani SPT atau mengembalikannya",
    publicStage: "Tindak lanjut sedang disiapkan",
    schema: signSptInput,
    eventLabel: "Inspektur menandatangani SPT",
    alternativeLabels: { RENCANA_TIM: "Inspektur mengembalikan draf SPT untuk diperbaiki" },
  },
  {
    number: 9,
    code: "9",
    key: "distribusi-spt",
    from: "SPT_DITANDATANGANI",
    to: "PELAKSANAAN",
    alternatives: [],
    actors: ["KASUBAG_PERENCANAAN"],
    label: "Menyampaikan SPT kepada tim dan salinannya kepada Sekretariat",
    publicStage: "Aduan sedang ditindaklanjuti",
    schema: distributeSptInput,
    eventLabel: "SPT disampaikan kepada tim",
  },
  {
    number: 10,
    code: "10",
    key: "pelaksanaan",
    from: "PELAKSANAAN",
    to: "LAPORAN_DIAJUKAN",
    alternatives: [],
    actors: ["IRBAN", "AUDITOR"],
    label: "Melaksanakan tindak lanjut dan menyusun laporan hasil",
    publicStage: "Aduan sedang ditindaklanjuti",
    schema: submitReportInput,
    eventLabel: "Laporan hasil diserahkan kepada Inspektur untuk disetujui",
  },
  {
    number: 13,
    code: "10a",
    key: "persetujuan-laporan",
    from: "LAPORAN_DIAJUKAN",
    to: "LAPORAN_SELESAI",
    alternatives: ["PELAKSANAAN"],
    actors: ["INSPEKTUR"],
    label: "Menyetujui laporan hasil atau mengembalikannya kepada tim",
    publicStage: "Aduan sedang ditindaklanjuti",
    schema: approveReportInput,
    eventLabel: "Inspektur menyetujui dan menandatangani laporan hasil",
    alternativeLabels: { PELAKSANAAN: "Inspektur mengembalikan laporan hasil kepada tim untuk diperbaiki" },
  },
  {
    number: 11,
    code: "11",
    key: "pemberitahuan",
    from: "LAPORAN_SELESAI",
    to: "MENUNGGU_KONFIRMASI",
    alternatives: [],
    actors: ["TIM_PENGADUAN"],
    label: "Memberitahukan hasil tindak lanjut kepada pelapor dan Lapak Aduan",
    publicStage: "Hasil tindak lanjut disampaikan — menunggu konfirmasi Anda",
    schema: notifyInput,
    eventLabel: "Hasil tindak lanjut diberitahukan kepada pelapor",
  },
  {
    number: 12,
    code: "12",
    key: "konfirmasi",
    from: "MENUNGGU_KONFIRMASI",
    to: "SELESAI",
    alternatives: ["DITERIMA"],
    actors: ["PELAPOR", "SISTEM"],
    label: "Konfirmasi pelapor bahwa aduan selesai",
    publicStage: "Selesai",
    schema: confirmInput,
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

const OPEN_STATUSES = (Object.keys(STATUS_SHORT) as CaseStatus[]).filter((s) => !FINAL_STATUSES.includes(s));

export const SIDE_TRANSITIONS = {
  /** the complainant left a question unanswered for 5 working days (lib/sla/pause.ts) */
  closeIncomplete: {
    key: "tutup-tidak-lengkap",
    from: OPEN_STATUSES,
    to: "DITUTUP",
    actors: ["TIM_PENGADUAN"],
    eventType: "DITUTUP_TIDAK_LENGKAP",
    eventLabel: "Aduan ditutup: pelapor tidak melengkapi dalam 5 hari kerja",
  },
} as const satisfies Record<string, SideTransition>;

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

/** The history's words for a step that led to `to`. */
export function eventLabelOf(step: StepDefinition, to: CaseStatus | null): string {
  return (to && step.alternativeLabels?.[to]) || step.eventLabel;
}

/** The statuses in which a role has the next move: what its inbox lists. */
export function inboxStatusesFor(role: Role): CaseStatus[] {
  return STEPS.filter((s) => s.from !== null && takes(s, role)).map((s) => s.from as CaseStatus);
}
