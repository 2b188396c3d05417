// What the history calls each event that is not a step of the table (a step's
// words are its row's eventLabel). Written with the event as `data.label` and
// read back for events stored without one: one place for both.
export const EVENT_LABELS = {
  IDENTITAS_DIMINTA: "Permintaan membuka identitas pelapor WBS",
  IDENTITAS_DISETUJUI: "Inspektur menyetujui pembukaan identitas pelapor WBS",
  IDENTITAS_DITOLAK: "Inspektur menolak pembukaan identitas pelapor WBS",
  IDENTITAS_DILIHAT: "Identitas pelapor WBS dilihat",
  PERTANYAAN: "Tim pengaduan meminta informasi tambahan kepada pelapor",
  JAWABAN: "Pelapor menjawab pertanyaan",
  DITUTUP_TIDAK_LENGKAP: "Aduan ditutup: pelapor tidak melengkapi dalam 5 hari kerja",
  LEWAT_BATAS: "Aduan melewati 20 hari kerja; Inspektur diberi tahu",
  // written by releases before the approval became step 10a; still in older histories
  LAPORAN_DISETUJUI: "Laporan hasil disetujui dan ditandatangani",
  CATATAN_KERJA: "Catatan kerja ditambahkan",
  TEMUAN_DISIMPAN: "Temuan disimpan",
  TEMUAN_DIHAPUS: "Temuan dihapus",
  LAPORAN_DISIMPAN: "Draf laporan disimpan",
} as const;

export type EventType = keyof typeof EVENT_LABELS;

/** The label an event is written with, where it says more than its type. */
export const EVENT_TEXT = {
  question: (clockPaused: boolean) => `${EVENT_LABELS.PERTANYAAN}${clockPaused ? "; jam layanan dihentikan" : ""}`,
  answer: (stoodDays: number | null) =>
    `${EVENT_LABELS.JAWABAN}${stoodDays !== null ? `; jam layanan berjalan lagi setelah berhenti ${stoodDays} hari kerja` : ""}`,
  identityDecided: (approved: boolean) => (approved ? EVENT_LABELS.IDENTITAS_DISETUJUI : EVENT_LABELS.IDENTITAS_DITOLAK),
  findingSaved: (position: number) => `Temuan ${position} disimpan`,
  findingDeleted: (position: number) => `Temuan ${position} dihapus`,
};
