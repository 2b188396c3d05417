// Laporan Hasil Klarifikasi, letter form: Dasar, Pokok Pengaduan, Langkah
// Klarifikasi, Hasil per allegation, Simpulan, Saran, Penutup; signed by the
// Ketua Tim, known by the Irban.
import type { ReportContent } from "@/lib/documents/data/report";
import type { Block, DocumentModel, Letterhead, Paper, Signature } from "@/lib/documents/model";
import { CONCLUSION_WORDS, findingDetails, reportBasis } from "./report-common";
import { placeAndDate, titleBlock } from "./common";

const WILAYAH: Record<string, string> = { WILAYAH_I: "I", WILAYAH_II: "II", WILAYAH_III: "III", WILAYAH_IV: "IV" };

export function lhkKlarifikasiModel(c: ReportContent, ctx: { letterhead: Letterhead; paper: Paper; draft: boolean }): DocumentModel {
  const signatures: Signature[] = [];
  if (c.irban) {
    signatures.push({
      heading: ["Mengetahui,"],
      roles: [`Inspektur Pembantu Wilayah ${WILAYAH[c.irban.wilayah ?? ""] ?? ""}`.trim()],
      name: c.irban.name,
      rank: c.irban.rank,
      nip: c.irban.nip,
    });
  }
  signatures.push({ heading: [placeAndDate(c.place, c.signedOn)], roles: ["Ketua Tim"], name: c.team.ketua!.name, rank: c.team.ketua!.rank, nip: c.team.ketua!.nip });
  const blocks: Block[] = [
    { type: "letterhead" },
    ...titleBlock("LAPORAN HASIL KLARIFIKASI", c.number),
    { type: "heading", text: "A. Dasar", align: "left" },
    { type: "list", list: reportBasis(c) },
    { type: "heading", text: "B. Pokok Pengaduan", align: "left" },
    { type: "paragraph", content: c.summary ? `${c.title}. ${c.summary}` : c.title },
    { type: "heading", text: "C. Langkah Klarifikasi", align: "left" },
    { type: "paragraph", content: c.sections.langkah ?? "—" },
    { type: "heading", text: "D. Hasil Klarifikasi", align: "left" },
    ...c.findings.flatMap((f): Block[] => [
      { type: "paragraph", content: [{ text: `${f.position}. ${f.allegation}`, bold: true }], spaceAfter: 40 },
      { type: "list", list: findingDetails(f, { audit: false }) },
    ]),
    { type: "heading", text: "E. Simpulan", align: "left" },
    {
      type: "list",
      list: {
        style: "number",
        items: c.findings.map((f) => ({ content: `${f.allegation}: ${f.conclusion ? CONCLUSION_WORDS[f.conclusion] : "belum disimpulkan"}.` })),
      },
    },
    ...(c.sections.simpulan ? [{ type: "paragraph" as const, content: c.sections.simpulan }] : []),
    { type: "heading", text: "F. Saran", align: "left" },
    { type: "paragraph", content: c.sections.saran ?? "—" },
    { type: "heading", text: "G. Penutup", align: "left" },
    { type: "paragraph", content: "Demikian laporan hasil klarifikasi ini dibuat untuk dipergunakan sebagaimana mestinya." },
    { type: "signatures", blocks: signatures, align: "spread" },
  ];
  return { title: `Laporan Hasil Klarifikasi ${c.number ?? "(draf)"}`, paper: ctx.paper, letterhead: ctx.letterhead, draft: ctx.draft, blocks };
}
