// What the three reports share: the legal basis, one allegation's findings,
// the losses by whose money it was, and the signatures with the Inspektur's
// approval (the electronic signature the report carries).
import type { ReportContent } from "@/lib/documents/data/report";
import type { Block, List, ListItem, Signature } from "@/lib/documents/model";
import { formatCivilDate } from "@/lib/format/dates";
import { formatRupiah } from "@/lib/format/numbers";
import { rupiahWithWords } from "@/lib/format/terbilang";
import { placeAndDate, punctuated } from "./common";

export const CONCLUSION_WORDS: Record<string, string> = {
  TERBUKTI: "TERBUKTI",
  TERBUKTI_SEBAGIAN: "TERBUKTI SEBAGIAN",
  TIDAK_TERBUKTI: "TIDAK TERBUKTI",
};

export const WILAYAH_NUMERAL: Record<string, string> = { WILAYAH_I: "I", WILAYAH_II: "II", WILAYAH_III: "III", WILAYAH_IV: "IV" };

export const OPD_KIND_WORDS: Record<string, string> = {
  SEKRETARIAT: "Sekretariat",
  INSPEKTORAT: "Inspektorat",
  BADAN: "Badan",
  DINAS: "Dinas",
  BAGIAN: "Bagian pada Sekretariat Daerah",
  SATPOL_PP: "Satuan Polisi Pamong Praja",
  RSUD: "Rumah Sakit Umum Daerah",
  KECAMATAN: "Kecamatan",
  LAINNYA: "Perangkat daerah lainnya",
};

type Finding = ReportContent["findings"][number];

/** "kerugian keuangan daerah" where the regency's money was lost, "kerugian masyarakat" where citizens paid. */
export function lossWords(kind: string | null | undefined): string {
  return kind === "MASYARAKAT" ? "kerugian masyarakat" : "kerugian keuangan daerah";
}

export function reportBasis(c: ReportContent): List {
  return {
    style: "number",
    items: punctuated([
      `Surat Perintah Tugas Inspektur Daerah Kabupaten Banyumas Nomor ${c.spt.number} tanggal ${formatCivilDate(c.spt.signedOn)}`,
      `Pengaduan masyarakat Nomor Register ${c.registerNumber} tanggal ${formatCivilDate(c.registeredOn)}`,
    ]).map((content) => ({ content })),
  };
}

/** a. Fakta/kondisi … h. Rekomendasi; a loss in rupiah with its words and whose money it was. */
export function findingDetails(f: Finding, opts: { audit: boolean }): List {
  const items: ListItem[] = [];
  const add = (label: string, value: string | null) => {
    if (value) items.push({ content: [{ text: `${label}: `, bold: true }, value] });
  };
  add("Fakta/kondisi", f.condition);
  if (opts.audit) {
    add("Kriteria", f.criteria);
    add("Analisis/penyebab", f.cause);
    const loss = f.lossRupiah ? `Terdapat ${lossWords(f.lossKind)} sebesar ${rupiahWithWords(BigInt(f.lossRupiah), formatRupiah)}.` : null;
    add("Akibat", [f.effect, loss].filter(Boolean).join(" ") || null);
    add("Pihak yang bertanggung jawab", f.responsibleParty);
    add("Tanggapan auditi", f.auditeeResponse);
  }
  add("Simpulan", f.conclusion ? CONCLUSION_WORDS[f.conclusion]! : null);
  add("Rekomendasi", f.recommendation);
  return { style: "letter", items };
}

/** Each allegation with its conclusion. */
export function conclusionsList(c: ReportContent): List {
  return {
    style: "number",
    items: punctuated(c.findings.map((f) => `${f.allegation}: ${f.conclusion ? CONCLUSION_WORDS[f.conclusion] : "belum disimpulkan"}`)).map((content) => ({
      content,
    })),
  };
}

/** The losses added up by kind: "Jumlah kerugian keuangan daerah: Rp… (… rupiah)." */
export function lossTotals(c: ReportContent): Block[] {
  const totals = new Map<string, bigint>();
  for (const f of c.findings) {
    if (!f.lossRupiah) continue;
    const kind = f.lossKind === "MASYARAKAT" ? "MASYARAKAT" : "KEUANGAN_DAERAH";
    totals.set(kind, (totals.get(kind) ?? 0n) + BigInt(f.lossRupiah));
  }
  return [...totals].map(([kind, total]) => ({
    type: "paragraph" as const,
    content: `Jumlah ${lossWords(kind)}: ${rupiahWithWords(total, formatRupiah)}.`,
  }));
}

export function personSignature(role: string, p: ReportContent["team"]["ketua"], heading?: string[]): Signature | null {
  return p ? { heading, roles: [role], name: p.name, rank: p.rank, nip: p.nip } : null;
}

/** The Inspektur's approval, signed electronically when the report is approved (step 10a). */
export function approval(c: ReportContent): Signature | null {
  const a = c.approver;
  return a ? { heading: ["Menyetujui,"], roles: [a.title], name: a.name, rank: a.rank, nip: a.nip, electronic: true } : null;
}

/** "Purwokerto, 10 Desember 2026" above the Ketua Tim's signature. */
export function signedAt(c: ReportContent): string[] {
  return [placeAndDate(c.place, c.signedOn)];
}

/** The evidence of each finding, as the report's list of appendices. */
export function appendices(c: ReportContent): List {
  const items = ["Kertas kerja audit", ...c.findings.flatMap((f) => (f.evidence ?? []).map((e) => `Bukti temuan ${f.position}: ${e}`))];
  return { style: "number", items: punctuated(items).map((content) => ({ content })) };
}
