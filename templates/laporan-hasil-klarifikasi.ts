// Laporan Hasil Klarifikasi, letter form: Dasar, Pokok Pengaduan, Langkah
// Klarifikasi, Hasil per allegation, Simpulan (terbukti / tidak / perlu
// ditingkatkan ke audit, PROCEDURE.md), Saran, Penutup; signed by the Ketua
// Tim, known by the Irban, approved by the Inspektur. RAHASIA on every page.
import type { ReportContent } from "@/lib/documents/data/report";
import type { Block, DocumentModel, Letterhead, Paper } from "@/lib/documents/model";
import { SECTION_CHOICES } from "@/lib/workflow/inputs/execution";
import { WILAYAH_NUMERAL, approval, conclusionsList, findingDetails, personSignature, reportBasis, signedAt } from "./report-common";
import { pokokPengaduan, titleBlock } from "./common";

export function lhkKlarifikasiModel(c: ReportContent, ctx: { letterhead: Letterhead; paper: Paper; draft: boolean }): DocumentModel {
  const irban = c.irban ? { ...c.irban } : null;
  const irbanSignature = irban
    ? {
        heading: ["Mengetahui,"],
        roles: [`Inspektur Pembantu Wilayah ${WILAYAH_NUMERAL[irban.wilayah ?? ""] ?? ""}`.trim()],
        name: irban.name,
        rank: irban.rank,
        nip: irban.nip,
      }
    : null;
  const direction = c.sections.arahKlarifikasi ? SECTION_CHOICES.arahKlarifikasi![c.sections.arahKlarifikasi] : null;
  const blocks: Block[] = [
    { type: "letterhead" },
    ...titleBlock("LAPORAN HASIL KLARIFIKASI", c.number),
    { type: "heading", text: "A. Dasar", level: "section" },
    { type: "list", list: reportBasis(c) },
    { type: "heading", text: "B. Pokok Pengaduan", level: "section" },
    { type: "paragraph", content: pokokPengaduan(c), indent: true },
    { type: "heading", text: "C. Langkah Klarifikasi", level: "section" },
    { type: "paragraph", content: c.sections.langkah ?? "—", indent: true },
    { type: "heading", text: "D. Hasil Klarifikasi", level: "section" },
    ...c.findings.flatMap((f): Block[] => [
      { type: "paragraph", content: [{ text: `${f.position}. ${f.allegation}`, bold: true }], spaceAfter: 3, keepWithNext: true },
      { type: "list", list: findingDetails(f, { audit: false }) },
    ]),
    { type: "heading", text: "E. Simpulan", level: "section" },
    { type: "list", list: conclusionsList(c) },
    ...(c.sections.simpulan ? [{ type: "paragraph" as const, content: c.sections.simpulan, indent: true }] : []),
    ...(direction ? [{ type: "paragraph" as const, content: [{ text: `${direction}.`, bold: true }], indent: true }] : []),
    { type: "heading", text: "F. Saran", level: "section" },
    { type: "paragraph", content: c.sections.saran ?? "—", indent: true },
    { type: "heading", text: "G. Penutup", level: "section" },
    { type: "paragraph", content: "Demikian laporan hasil klarifikasi ini dibuat untuk dipergunakan sebagaimana mestinya.", indent: true },
    {
      type: "signatures",
      rows: [
        [irbanSignature, personSignature("Ketua Tim", c.team.ketua, signedAt(c))],
        [null, approval(c)],
      ],
    },
  ];
  return {
    title: `Laporan Hasil Klarifikasi ${c.number ?? "(draf)"}`,
    paper: ctx.paper,
    letterhead: ctx.letterhead,
    draft: ctx.draft,
    marking: "RAHASIA",
    blocks,
  };
}
