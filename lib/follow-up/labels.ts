// What the follow-up of a report's recommendations calls things, in the words users read (issue 18).
import type { FollowUpStatus, RecommendationKind } from "@/lib/enums";

export const RECOMMENDATION_KIND_LABELS: Record<RecommendationKind, string> = {
  TINDAKAN_ADMINISTRATIF: "Tindakan administratif",
  HUKUMAN_DISIPLIN: "Hukuman disiplin (PP 94/2021)",
  PENGEMBALIAN_UANG: "Pengembalian uang / TGR",
  PERBAIKAN_LAYANAN: "Perbaikan layanan atau prosedur",
  PENERUSAN_APH: "Penerusan kepada aparat penegak hukum",
};

export const FOLLOW_UP_STATUS_LABELS: Record<FollowUpStatus, string> = {
  BELUM_DITINDAKLANJUTI: "Belum ditindaklanjuti",
  DALAM_PROSES: "Dalam proses / belum sesuai",
  SESUAI: "Sesuai",
  TIDAK_DAPAT_DITINDAKLANJUTI: "Tidak dapat ditindaklanjuti",
};
