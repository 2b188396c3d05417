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

export const RECOMMENDATION_KINDS = Object.keys(RECOMMENDATION_KIND_LABELS) as [RecommendationKind, ...RecommendationKind[]];
export const FOLLOW_UP_STATUSES = Object.keys(FOLLOW_UP_STATUS_LABELS) as FollowUpStatus[];

export const ASSESSMENT_LABELS = {
  SESUAI: "Sesuai: rekomendasi telah ditindaklanjuti",
  BELUM_SESUAI: "Belum sesuai: dikembalikan dengan catatan",
  TIDAK_DAPAT: "Tidak dapat ditindaklanjuti (dengan alasan yang sah)",
} as const;
