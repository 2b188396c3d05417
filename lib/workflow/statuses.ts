import type { CaseStatus } from "@/lib/enums";

/** What staff read for each status: the step the case waits for. */
export const STATUS_LABELS: Record<CaseStatus, string> = {
  DITERIMA: "Diterima — menunggu diteruskan ke Inspektur",
  DI_INSPEKTUR: "Di Inspektur — menunggu perintah telaah",
  DITELAAH: "Ditelaah — menunggu kaji cepat",
  REKOMENDASI: "Rekomendasi — menunggu disposisi Inspektur",
  DISPOSISI_IRBAN: "Disposisi Irban — menunggu rencana tim",
  RENCANA_TIM: "Rencana tim — menunggu draf SPT",
  SPT_DRAFT: "Draf SPT — menunggu tanda tangan Inspektur",
  SPT_DITANDATANGANI: "SPT ditandatangani — menunggu distribusi",
  PELAKSANAAN: "Pelaksanaan tindak lanjut",
  LAPORAN_DIAJUKAN: "Laporan diajukan — menunggu persetujuan Inspektur",
  LAPORAN_SELESAI: "Laporan disetujui — menunggu pemberitahuan kepada pelapor",
  MENUNGGU_KONFIRMASI: "Menunggu konfirmasi pelapor",
  SELESAI: "Selesai",
  DITUTUP: "Ditutup tanpa tindak lanjut",
};

/** Short form for badges and tables. */
export const STATUS_SHORT: Record<CaseStatus, string> = {
  DITERIMA: "Diterima",
  DI_INSPEKTUR: "Di Inspektur",
  DITELAAH: "Ditelaah",
  REKOMENDASI: "Rekomendasi",
  DISPOSISI_IRBAN: "Disposisi Irban",
  RENCANA_TIM: "Rencana tim",
  SPT_DRAFT: "Draf SPT",
  SPT_DITANDATANGANI: "SPT ditandatangani",
  PELAKSANAAN: "Pelaksanaan",
  LAPORAN_DIAJUKAN: "Menunggu persetujuan laporan",
  LAPORAN_SELESAI: "Laporan disetujui",
  MENUNGGU_KONFIRMASI: "Menunggu konfirmasi",
  SELESAI: "Selesai",
  DITUTUP: "Ditutup",
};

export const FINAL_STATUSES: readonly CaseStatus[] = ["SELESAI", "DITUTUP"];
