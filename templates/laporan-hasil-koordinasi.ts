// Laporan Hasil Koordinasi: Pendahuluan (dasar SPT, tujuan, waktu dan tempat,
// pihak), Pokok Bahasan, Hasil Koordinasi / Kesepakatan, Tindak Lanjut,
// Kesimpulan dan Saran, Penutup; signed by the Ketua Tim.
import type { ReportContent } from "@/lib/documents/data/report";
import type { Block, DocumentModel, Letterhead, Paper } from "@/lib/documents/model";
import { reportBasis } from "./report-common";
import { placeAndDate, titleBlock } from "./common";

export function lhkKoordinasiModel(c: ReportContent, ctx: { letterhead: Letterhead; paper: Paper; draft: boolean }): DocumentModel {
  const k = c.team.ketua!;
  const blocks: Block[] = [
    { type: "letterhead" },
    ...titleBlock("LAPORAN HASIL KOORDINASI", c.number),
    { type: "heading", text: "A. Pendahuluan", align: "left" },
    { type: "paragraph", content: [{ text: "1. Dasar", bold: true }], spaceAfter: 40 },
    { type: "list", list: reportBasis(c) },
    { type: "field", label: "2. Tujuan", content: c.plan.objectives },
    { type: "field", label: "3. Waktu dan tempat", content: c.sections.waktuTempat ?? "—" },
    { type: "field", label: "4. Pihak", content: c.sections.pihak ?? "—" },
    { type: "heading", text: "B. Pokok Bahasan", align: "left" },
    { type: "paragraph", content: c.sections.pokokBahasan ?? "—" },
    { type: "heading", text: "C. Hasil Koordinasi / Kesepakatan", align: "left" },
    { type: "paragraph", content: c.sections.hasil ?? "—" },
    { type: "heading", text: "D. Tindak Lanjut", align: "left" },
    { type: "paragraph", content: c.sections.tindakLanjut ?? "—" },
    { type: "heading", text: "E. Kesimpulan dan Saran", align: "left" },
    { type: "paragraph", content: c.sections.simpulan ?? "—" },
    { type: "heading", text: "F. Penutup", align: "left" },
    { type: "paragraph", content: "Demikian laporan hasil koordinasi ini dibuat untuk dipergunakan sebagaimana mestinya." },
    { type: "signatures", blocks: [{ heading: [placeAndDate(c.place, c.signedOn)], roles: ["Ketua Tim"], name: k.name, rank: k.rank, nip: k.nip }] },
  ];
  return { title: `Laporan Hasil Koordinasi ${c.number ?? "(draf)"}`, paper: ctx.paper, letterhead: ctx.letterhead, draft: ctx.draft, blocks };
}
