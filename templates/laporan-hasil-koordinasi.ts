// Laporan Hasil Koordinasi: A. Pendahuluan (a. dasar SPT, b. tujuan, c. waktu
// dan tempat, d. pihak), B. Pokok Bahasan, C. Hasil Koordinasi / Kesepakatan,
// D. Tindak Lanjut, E. Kesimpulan dan Saran, F. Penutup; signed by the Ketua
// Tim and approved by the Inspektur. RAHASIA on every page.
import type { ReportContent } from "@/lib/documents/data/report";
import type { Block, DocumentModel, Letterhead, Paper } from "@/lib/documents/model";
import { approval, personSignature, reportBasis, signedAt } from "./report-common";
import { titleBlock } from "./common";

export function lhkKoordinasiModel(c: ReportContent, ctx: { letterhead: Letterhead; paper: Paper; draft: boolean }): DocumentModel {
  const blocks: Block[] = [
    { type: "letterhead" },
    ...titleBlock("LAPORAN HASIL KOORDINASI", c.number),
    { type: "heading", text: "A. Pendahuluan", level: "section" },
    // Lettered under the numbered chapters, so no number stands twice ("1. Dasar" beside the basis "1.").
    { type: "field", label: "a. Dasar", bold: true, content: reportBasis(c) },
    { type: "field", label: "b. Tujuan", bold: true, content: c.plan.objectives },
    { type: "field", label: "c. Waktu dan tempat", bold: true, content: c.sections.waktuTempat ?? "—" },
    { type: "field", label: "d. Pihak", bold: true, content: c.sections.pihak ?? "—" },
    { type: "heading", text: "B. Pokok Bahasan", level: "section" },
    { type: "paragraph", content: c.sections.pokokBahasan ?? "—", indent: true },
    { type: "heading", text: "C. Hasil Koordinasi / Kesepakatan", level: "section" },
    { type: "paragraph", content: c.sections.hasil ?? "—", indent: true },
    { type: "heading", text: "D. Tindak Lanjut", level: "section" },
    { type: "paragraph", content: c.sections.tindakLanjut ?? "—", indent: true },
    { type: "heading", text: "E. Kesimpulan dan Saran", level: "section" },
    { type: "paragraph", content: c.sections.simpulan ?? "—", indent: true },
    { type: "heading", text: "F. Penutup", level: "section" },
    { type: "paragraph", content: "Demikian laporan hasil koordinasi ini dibuat untuk dipergunakan sebagaimana mestinya.", indent: true },
    { type: "signatures", rows: [[approval(c), personSignature("Ketua Tim", c.team.ketua, signedAt(c))]] },
  ];
  return {
    title: `Laporan Hasil Koordinasi ${c.number ?? "(draf)"}`,
    paper: ctx.paper,
    letterhead: ctx.letterhead,
    draft: ctx.draft,
    marking: "RAHASIA",
    blocks,
  };
}
