// The twelve steps of "Penanganan Pengaduan Masyarakat" as data (PROCEDURE.md).
// Inboxes, case pages, buttons, history labels and the authorization tests
// read this table; a changed rule is one edit here.
import type { z } from "zod";
import type { CaseStatus, Role } from "@/lib/enums";
import { confirmInput, notifyInput, submitReportInput } from "./inputs/execution";
import { registerInput } from "./inputs/intake";
import { dispositionInput, forwardInput, orderReviewInput, quickReviewInput } from "./inputs/review";
import { distributeSptInput, signSptInput, sptDraftInput, teamPlanInput } from "./inputs/team";

/** Who may carry out a step: staff roles, or the complainant with the receipt code. */
export type StepActor = Role | "PELAPOR" | "SISTEM";

export interface StepDefinition {
  number: number;
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
    key: "pelaksanaan",
    from: "PELAKSANAAN",
    to: "LAPORAN_SELESAI",
    alternatives: [],
    actors: ["IRBAN", "AUDITOR"],
    label: "Melaksanakan tindak lanjut dan menyusun laporan hasil",
    publicStage: "Aduan sedang ditindaklanjuti",
    schema: submitReportInput,
    eventLabel: "Laporan hasil tindak lanjut selesai",
  },
  {
    number: 11,
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

/** A step by number, typed with its own input schema. */
export function stepByNumber<N extends StepNumber>(n: N): Extract<(typeof STEPS)[number], { number: N }> {
  const step = STEPS.find((s) => s.number === n);
  if (!step) throw new Error(`No step ${n}`);
  return step as Extract<(typeof STEPS)[number], { number: N }>;
}

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
