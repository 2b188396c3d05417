// What the three reports share: the legal basis and one allegation's findings.
import type { ReportContent } from "@/lib/documents/data/report";
import type { List, ListItem } from "@/lib/documents/model";
import { formatCivilDate } from "@/lib/format/dates";
import { formatRupiah } from "@/lib/format/numbers";
import { rupiahWithWords } from "@/lib/format/terbilang";

export const CONCLUSION_WORDS: Record<string, string> = {
  TERBUKTI: "TERBUKTI",
  TERBUKTI_SEBAGIAN: "TERBUKTI SEBAGIAN",
  TIDAK_TERBUKTI: "TIDAK TERBUKTI",
};

export function reportBasis(c: ReportContent): List {
  return {
    style: "number",
    items: [
      { content: `Surat Perintah Tugas Inspektur Daerah Kabupaten Banyumas Nomor ${c.spt.number} tanggal ${formatCivilDate(c.spt.signedOn)}` },
      { content: `Pengaduan masyarakat Nomor Register ${c.registerNumber} tanggal ${formatCivilDate(c.registeredOn)}` },
    ],
  };
}

/** a. Fakta/kondisi … h. Rekomendasi; a loss in rupiah with its words. */
export function findingDetails(f: ReportContent["findings"][number], opts: { audit: boolean }): List {
  const items: ListItem[] = [];
  const add = (label: string, value: string | null) => {
    if (value) items.push({ content: [{ text: `${label}: `, bold: true }, value] });
  };
  add("Fakta/kondisi", f.condition);
  if (opts.audit) {
    add("Kriteria", f.criteria);
    add("Analisis/penyebab", f.cause);
    add("Akibat", [f.effect, f.lossRupiah ? `Kerugian sebesar ${rupiahWithWords(BigInt(f.lossRupiah), formatRupiah)}.` : null].filter(Boolean).join(" ") || null);
    add("Pihak yang bertanggung jawab", f.responsibleParty);
    add("Tanggapan auditi", f.auditeeResponse);
  }
  add("Simpulan", f.conclusion ? CONCLUSION_WORDS[f.conclusion]! : null);
  add("Rekomendasi", f.recommendation);
  return { style: "letter", items };
}
