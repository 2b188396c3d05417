// The twelve steps of "Penanganan Pengaduan Masyarakat" as data (PROCEDURE.md).
// Inboxes, case pages, buttons, history labels and the authorization tests
// read this table; a changed rule is one edit here.
import type { CaseStatus, Role } from "@/lib/enums";

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
}

export const STEPS: readonly StepDefinition[] = [
  {
    number: 1,
    key: "terima",
    from: null,
    to: "DITERIMA",
    alternatives: [],
    actors: ["TIM_PENGADUAN", "SISTEM"],
    label: "Menerima aduan atau disposisi Bupati",
    publicStage: "Aduan diterima",
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
  },
  {
    number: 12,
    key: "konfirmasi",
    from: "MENUNGGU_KONFIRMASI",
    to: "SELESAI",
    alternatives: [],
    actors: ["PELAPOR", "SISTEM"],
    label: "Konfirmasi pelapor bahwa aduan selesai",
    publicStage: "Selesai",
  },
];

export function stepByNumber(n: number): StepDefinition {
  const step = STEPS.find((s) => s.number === n);
  if (!step) throw new Error(`No step ${n}`);
  return step;
}

/** The step a case in this status waits for, if any. */
export function stepWaitingAt(status: CaseStatus): StepDefinition | undefined {
  return STEPS.find((s) => s.from === status);
}

/** The statuses in which a role has the next move: what its inbox lists. */
export function inboxStatusesFor(role: Role): CaseStatus[] {
  return STEPS.filter((s) => s.from !== null && s.actors.includes(role)).map((s) => s.from as CaseStatus);
}
