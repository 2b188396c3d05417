// From a document's type and content to its model: the one switch between
// the stored content of each kind of document and its template.
import type { DocumentType } from "@/lib/enums";
import { lhaModel } from "@/templates/laporan-hasil-audit";
import { lhkKlarifikasiModel } from "@/templates/laporan-hasil-klarifikasi";
import { lhkKoordinasiModel } from "@/templates/laporan-hasil-koordinasi";
import { sptModel } from "@/templates/spt";
import { suratHasilModel } from "@/templates/surat-pemberitahuan-hasil";
import { tandaTerimaModel } from "@/templates/tanda-terima";
import { followUpLetterModel } from "@/templates/surat-tindak-lanjut";
import type { FollowUpLetterContent } from "./data/follow-up-letter";
import type { LetterContext } from "./context";
import type { ReceiptContent, ResultLetterContent } from "./data/letters";
import type { ReportContent } from "./data/report";
import type { SptContent } from "./data/spt";
import type { DocumentModel } from "./model";

export const DOCUMENT_LABELS: Record<DocumentType, string> = {
  SPT: "Surat Perintah Tugas",
  LAPORAN_HASIL_AUDIT: "Laporan Hasil Audit",
  LAPORAN_HASIL_KLARIFIKASI: "Laporan Hasil Klarifikasi",
  LAPORAN_HASIL_KOORDINASI: "Laporan Hasil Koordinasi",
  TANDA_TERIMA: "Tanda Terima Pengaduan",
  SURAT_PEMBERITAHUAN_HASIL: "Surat Pemberitahuan Hasil",
  SURAT_PERMINTAAN_TL: "Surat Permintaan Tindak Lanjut",
  SURAT_TEGURAN_TL: "Surat Teguran Tindak Lanjut",
};

/** Short names for downloaded files. */
export const FILE_PREFIX: Record<DocumentType, string> = {
  SPT: "SPT",
  LAPORAN_HASIL_AUDIT: "LHA",
  LAPORAN_HASIL_KLARIFIKASI: "LHK-Klarifikasi",
  LAPORAN_HASIL_KOORDINASI: "LHK-Koordinasi",
  TANDA_TERIMA: "Tanda-Terima",
  SURAT_PEMBERITAHUAN_HASIL: "Surat-Hasil",
  SURAT_PERMINTAAN_TL: "Surat-Permintaan-TL",
  SURAT_TEGURAN_TL: "Surat-Teguran-TL",
};

export function buildModel(type: DocumentType, content: unknown, ctx: LetterContext, draft: boolean): DocumentModel {
  const base = { letterhead: ctx.letterhead, paper: ctx.paper, draft };
  switch (type) {
    case "SPT":
      return sptModel(content as SptContent, base);
    case "LAPORAN_HASIL_AUDIT":
      return lhaModel(content as ReportContent, base);
    case "LAPORAN_HASIL_KLARIFIKASI":
      return lhkKlarifikasiModel(content as ReportContent, base);
    case "LAPORAN_HASIL_KOORDINASI":
      return lhkKoordinasiModel(content as ReportContent, base);
    case "TANDA_TERIMA":
      return tandaTerimaModel(content as ReceiptContent, base);
    case "SURAT_PEMBERITAHUAN_HASIL":
      return suratHasilModel(content as ResultLetterContent, base);
    case "SURAT_PERMINTAAN_TL":
    case "SURAT_TEGURAN_TL":
      return followUpLetterModel(type, content as FollowUpLetterContent, base);
  }
}
