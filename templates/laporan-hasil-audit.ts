// Laporan Hasil Audit, in chapters with a cover: Bab I Pendahuluan, Bab II
// Uraian Hasil Audit per allegation, Bab III Simpulan dan Rekomendasi, Bab IV
// Penutup; signed by the Ketua Tim, the Pengendali Teknis and the Penanggung Jawab.
import type { ReportContent } from "@/lib/documents/data/report";
import type { Block, DocumentModel, Letterhead, List, Paper, Signature } from "@/lib/documents/model";
import { formatCivilDate } from "@/lib/format/dates";
import { formatRupiah } from "@/lib/format/numbers";
import { rupiahWithWords, withWords } from "@/lib/format/terbilang";
import { CONCLUSION_WORDS, findingDetails, reportBasis } from "./report-common";

function signature(role: string, p: ReportContent["team"]["ketua"]): Signature[] {
  return p ? [{ roles: [role], name: p.name, rank: p.rank, nip: p.nip }] : [];
}

export function lhaModel(c: ReportContent, ctx: { letterhead: Letterhead; paper: Paper; draft: boolean }): DocumentModel {
  const year = c.signedOn.slice(0, 4);
  const cover: Block[] = [
    { type: "letterhead" },
    { type: "spacer", lines: 4 },
    { type: "heading", text: "LAPORAN HASIL AUDIT", size: "title" },
    { type: "heading", text: "ATAS PENGADUAN MASYARAKAT" },
    { type: "heading", text: `PERIHAL ${c.title.toUpperCase()}` },
    ...(c.opd ? [{ type: "heading" as const, text: `PADA ${c.opd.toUpperCase()}` }] : []),
    { type: "spacer", lines: 2 },
    { type: "paragraph", content: `Nomor: ${c.number ?? "…/…/…"}`, align: "center" },
    { type: "paragraph", content: `Tanggal: ${formatCivilDate(c.signedOn)}`, align: "center" },
    { type: "spacer", lines: 4 },
    { type: "heading", text: "RAHASIA" },
    { type: "spacer", lines: 4 },
    { type: "heading", text: "INSPEKTORAT DAERAH KABUPATEN BANYUMAS" },
    { type: "heading", text: `TAHUN ${year}` },
    { type: "pageBreak" },
  ];
  const chapter1: Block[] = [
    { type: "heading", text: "BAB I PENDAHULUAN", size: "chapter" },
    { type: "heading", text: "A. Dasar", align: "left" },
    { type: "list", list: reportBasis(c) },
    { type: "heading", text: "B. Pokok Pengaduan", align: "left" },
    { type: "paragraph", content: c.summary ? `${c.title}. ${c.summary}` : c.title },
    { type: "heading", text: "C. Tujuan Audit", align: "left" },
    { type: "paragraph", content: c.sections.tujuan ?? c.plan.objectives },
    { type: "heading", text: "D. Ruang Lingkup", align: "left" },
    { type: "paragraph", content: c.sections.ruangLingkup ?? c.plan.scope ?? "—" },
    { type: "heading", text: "E. Metodologi", align: "left" },
    { type: "paragraph", content: c.sections.metodologi ?? "—" },
    { type: "heading", text: "F. Waktu Audit", align: "left" },
    {
      type: "paragraph",
      content: `Audit dilaksanakan selama ${withWords(c.plan.durationDays)} hari kerja, mulai tanggal ${formatCivilDate(c.plan.startOn)} sampai dengan ${formatCivilDate(c.plan.endOn)}.`,
    },
  ];
  const chapter2: Block[] = [
    { type: "heading", text: "BAB II URAIAN HASIL AUDIT", size: "chapter" },
    ...c.findings.flatMap((f): Block[] => [
      { type: "heading", text: `${f.position}. ${f.allegation}`, align: "left" },
      { type: "list", list: findingDetails(f, { audit: true }) },
    ]),
  ];
  const totalLoss = c.findings.reduce((sum, f) => sum + (f.lossRupiah ? BigInt(f.lossRupiah) : 0n), 0n);
  const conclusions: List = {
    style: "number",
    items: c.findings.map((f) => ({ content: `${f.allegation}: ${f.conclusion ? CONCLUSION_WORDS[f.conclusion] : "belum disimpulkan"}.` })),
  };
  const chapter3: Block[] = [
    { type: "heading", text: "BAB III SIMPULAN DAN REKOMENDASI", size: "chapter" },
    { type: "heading", text: "A. Simpulan", align: "left" },
    { type: "list", list: conclusions },
    ...(c.sections.simpulan ? [{ type: "paragraph" as const, content: c.sections.simpulan }] : []),
    ...(totalLoss > 0n ? [{ type: "paragraph" as const, content: `Jumlah kerugian daerah: ${rupiahWithWords(totalLoss, formatRupiah)}.` }] : []),
    { type: "heading", text: "B. Rekomendasi", align: "left" },
    { type: "paragraph", content: c.sections.rekomendasi ?? "—" },
  ];
  const chapter4: Block[] = [
    { type: "heading", text: "BAB IV PENUTUP", size: "chapter" },
    {
      type: "paragraph",
      content: "Demikian laporan hasil audit ini dibuat untuk dipergunakan sebagaimana mestinya, disertai kertas kerja audit yang menjadi bagian tidak terpisahkan dari laporan ini.",
    },
    {
      type: "signatures",
      blocks: [
        ...signature("Ketua Tim", c.team.ketua),
        ...signature("Pengendali Teknis", c.team.pengendali),
        ...signature("Penanggung Jawab", c.team.penanggungJawab),
      ],
      align: "spread",
    },
  ];
  return {
    title: `Laporan Hasil Audit ${c.number ?? "(draf)"}`,
    paper: ctx.paper,
    letterhead: ctx.letterhead,
    draft: ctx.draft,
    blocks: [...cover, ...chapter1, ...chapter2, ...chapter3, ...chapter4],
  };
}
