import type { CaseSource } from "@/lib/enums";

export const SOURCE_LABELS: Record<CaseSource, string> = {
  MASYARAKAT: "Masyarakat",
  DISPOSISI_BUPATI: "Disposisi Bupati",
  LAPAK_ADUAN: "Lapak Aduan",
  WBS: "WBS",
};
