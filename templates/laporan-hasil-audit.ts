// Laporan Hasil Audit (SAIPI 2021; PROCEDURE.md "Documents"): a cover, the
// table of contents with the executive summary, Bab I Pendahuluan (dasar,
// pokok pengaduan, data umum auditi, tujuan, ruang lingkup and its limits,
// metodologi, waktu), Bab II Uraian Hasil Audit per allegation, Bab III
// Simpulan dan Rekomendasi, Bab IV Penutup with the team's signatures and the
// Inspektur's approval, and the list of appendices. RAHASIA on every page.
import type { ReportContent } from "@/lib/documents/data/report";
import { EMBLEM, TEXT, bodyHeight, textWidth } from "@/lib/documents/layout";
import { balancedLines } from "@/lib/documents/measure";
import type { Block, DocumentModel, Letterhead, Paper } from "@/lib/documents/model";
import { formatCivilDate } from "@/lib/format/dates";
import { withWords } from "@/lib/format/terbilang";
import {
  CONCLUSION_WORDS,
  OPD_KIND_WORDS,
  WILAYAH_NUMERAL,
  appendices,
  approval,
  conclusionsList,
  findingDetails,
  lossTotals,
  lossWords,
  personSignature,
  reportBasis,
  signedAt,
} from "./report-common";
import { pokokPengaduan } from "./common";
import { formatRupiah } from "@/lib/format/numbers";
import { rupiahWithWords } from "@/lib/format/terbilang";

/**
 * The cover, filled to the foot of the page: the title block at the top, the
 * coat of arms, and the institution and year at the bottom. The space between
 * is what the page leaves, reckoned from the title's measured lines.
 */
function cover(c: ReportContent, letterhead: Letterhead, paper: Paper): Block[] {
  const width = textWidth(paper);
  const perihal = `PERIHAL ${c.title.toUpperCase()}`;
  const opd = c.opd ? `PADA ${c.opd.toUpperCase()}` : null;
  const lines = (t: string) => balancedLines(t, width, TEXT.body.size, true).length;
  const headingHeight = (n: number) => n * TEXT.body.line + 6;
  const top: Block[] = [
    { type: "heading", text: "LAPORAN HASIL AUDIT", level: "title" },
    { type: "heading", text: "ATAS PENGADUAN MASYARAKAT" },
    { type: "heading", text: perihal },
    ...(opd ? [{ type: "heading" as const, text: opd }] : []),
    { type: "spacer" },
    { type: "paragraph", content: `Nomor: ${c.number ?? "…/…/…"}`, align: "center", spaceAfter: 0 },
    { type: "paragraph", content: `Tanggal: ${formatCivilDate(c.signedOn)}`, align: "center", spaceAfter: 0 },
  ];
  const [gov, org] = letterhead.lines;
  const bottom: Block[] = [
    { type: "heading", text: gov ?? "" },
    { type: "heading", text: org ?? "" },
    { type: "heading", text: `TAHUN ${c.signedOn.slice(0, 4)}` },
  ];
  const used =
    TEXT.title.line +
    6 +
    headingHeight(1) +
    headingHeight(lines(perihal)) +
    (opd ? headingHeight(lines(opd)) : 0) +
    TEXT.body.line +
    2 * TEXT.body.line +
    EMBLEM.height +
    4 +
    3 * headingHeight(1);
  // What is left, in lines, a fifth above the emblem and the rest below it, less two lines' slack for Word.
  const left = Math.max(0, Math.floor((bodyHeight(paper) - used) / TEXT.body.line) - 2);
  const above = Math.max(2, Math.round(left * 0.3));
  return [
    { type: "spacer", lines: 2 },
    ...top,
    { type: "spacer", lines: above },
    { type: "emblem" },
    { type: "spacer", lines: Math.max(1, left - above - 2) },
    ...bottom,
    { type: "pageBreak" },
  ];
}

function summary(c: ReportContent): Block[] {
  const losses = c.findings.filter((f) => f.lossRupiah);
  return [
    { type: "heading", text: "RINGKASAN EKSEKUTIF", level: "chapter", anchor: "ringkasan" },
    {
      type: "paragraph",
      indent: true,
      content:
        `Berdasarkan Surat Perintah Tugas Nomor ${c.spt.number} tanggal ${formatCivilDate(c.spt.signedOn)}, tim audit Inspektorat Daerah Kabupaten Banyumas ` +
        `melaksanakan audit atas pengaduan masyarakat Nomor Register ${c.registerNumber} perihal ${c.title}${c.opd ? ` pada ${c.opd}` : ""}, ` +
        `selama ${withWords(c.plan.durationDays)} hari kerja mulai tanggal ${formatCivilDate(c.plan.startOn)} sampai dengan ${formatCivilDate(c.plan.endOn)}.`,
    },
    {
      type: "paragraph",
      indent: true,
      content:
        `Atas ${withWords(c.findings.length)} dugaan yang diaudit, ` +
        c.findings
          .map((f) => `dugaan ${f.position} (${f.allegation}) ${f.conclusion ? CONCLUSION_WORDS[f.conclusion]!.toLowerCase() : "belum disimpulkan"}`)
          .join("; ") +
        "." +
        (losses.length
          ? ` ${losses.map((f) => `Dugaan ${f.position} menimbulkan ${lossWords(f.lossKind)} sebesar ${rupiahWithWords(BigInt(f.lossRupiah!), formatRupiah)}`).join("; ")}.`
          : " Audit tidak menemukan kerugian."),
    },
    ...(c.sections.ringkasan ? [{ type: "paragraph" as const, content: c.sections.ringkasan, indent: true }] : []),
    ...(c.sections.rekomendasi ? [{ type: "paragraph" as const, content: `Rekomendasi pokok: ${c.sections.rekomendasi}`, indent: true }] : []),
  ];
}

export function lhaModel(c: ReportContent, ctx: { letterhead: Letterhead; paper: Paper; draft: boolean }): DocumentModel {
  const wilayah = c.opdWilayah ? `Inspektur Pembantu Wilayah ${WILAYAH_NUMERAL[c.opdWilayah] ?? ""}`.trim() : null;
  const chapter1: Block[] = [
    { type: "heading", text: "BAB I PENDAHULUAN", level: "chapter", anchor: "bab1" },
    { type: "heading", text: "A. Dasar", level: "section" },
    { type: "list", list: reportBasis(c) },
    { type: "heading", text: "B. Pokok Pengaduan", level: "section" },
    { type: "paragraph", content: pokokPengaduan(c), indent: true },
    { type: "heading", text: "C. Data Umum Auditi", level: "section" },
    { type: "field", label: "Auditi", content: c.opd ?? "—" },
    ...(c.opdKind ? [{ type: "field" as const, label: "Jenis", content: OPD_KIND_WORDS[c.opdKind] ?? c.opdKind }] : []),
    ...(wilayah ? [{ type: "field" as const, label: "Pengawasan", content: wilayah }] : []),
    ...(c.sections.dataUmum ? [{ type: "paragraph" as const, content: c.sections.dataUmum, indent: true }] : []),
    { type: "heading", text: "D. Tujuan Audit", level: "section" },
    { type: "paragraph", content: c.sections.tujuan ?? c.plan.objectives, indent: true },
    { type: "heading", text: "E. Ruang Lingkup dan Batasan", level: "section" },
    { type: "paragraph", content: c.sections.ruangLingkup ?? c.plan.scope ?? "—", indent: true },
    { type: "paragraph", content: c.sections.batasan ?? "Tim audit tidak menemui pembatasan ruang lingkup dalam pelaksanaan audit.", indent: true },
    { type: "heading", text: "F. Metodologi", level: "section" },
    { type: "paragraph", content: c.sections.metodologi ?? "—", indent: true },
    { type: "heading", text: "G. Waktu Audit", level: "section" },
    {
      type: "paragraph",
      indent: true,
      content: `Audit dilaksanakan selama ${withWords(c.plan.durationDays)} hari kerja, mulai tanggal ${formatCivilDate(c.plan.startOn)} sampai dengan ${formatCivilDate(c.plan.endOn)}.`,
    },
  ];
  const chapter2: Block[] = [
    { type: "heading", text: "BAB II URAIAN HASIL AUDIT", level: "chapter", anchor: "bab2" },
    ...c.findings.flatMap((f): Block[] => [
      { type: "heading", text: `${f.position}. ${f.allegation}`, level: "section" },
      { type: "list", list: findingDetails(f, { audit: true }) },
    ]),
  ];
  const chapter3: Block[] = [
    { type: "heading", text: "BAB III SIMPULAN DAN REKOMENDASI", level: "chapter", anchor: "bab3" },
    { type: "heading", text: "A. Simpulan", level: "section" },
    { type: "list", list: conclusionsList(c) },
    ...(c.sections.simpulan ? [{ type: "paragraph" as const, content: c.sections.simpulan, indent: true }] : []),
    ...lossTotals(c),
    { type: "heading", text: "B. Rekomendasi", level: "section" },
    { type: "paragraph", content: c.sections.rekomendasi ?? "—", indent: true },
  ];
  const chapter4: Block[] = [
    { type: "heading", text: "BAB IV PENUTUP", level: "chapter", anchor: "bab4" },
    {
      type: "paragraph",
      indent: true,
      content:
        "Demikian laporan hasil audit ini dibuat untuk dipergunakan sebagaimana mestinya, disertai kertas kerja audit yang menjadi bagian tidak terpisahkan dari laporan ini.",
    },
    {
      type: "signatures",
      rows: [
        [personSignature("Pengendali Teknis", c.team.pengendali), personSignature("Ketua Tim", c.team.ketua, signedAt(c))],
        [personSignature("Penanggung Jawab", c.team.penanggungJawab), approval(c)],
      ],
    },
    { type: "heading", text: "DAFTAR LAMPIRAN", level: "chapter", anchor: "lampiran" },
    { type: "list", list: appendices(c) },
  ];
  const contents: Block[] = [
    { type: "heading", text: "DAFTAR ISI", level: "title" },
    {
      type: "toc",
      entries: [
        { text: "Ringkasan Eksekutif", anchor: "ringkasan", level: 0 },
        { text: "BAB I Pendahuluan", anchor: "bab1", level: 0 },
        { text: "BAB II Uraian Hasil Audit", anchor: "bab2", level: 0 },
        { text: "BAB III Simpulan dan Rekomendasi", anchor: "bab3", level: 0 },
        { text: "BAB IV Penutup", anchor: "bab4", level: 0 },
        { text: "Daftar Lampiran", anchor: "lampiran", level: 0 },
      ],
    },
    // Bab I follows on the same page: a page break after text of any length could leave a page of two lines.
    ...summary(c),
  ];
  return {
    title: `Laporan Hasil Audit ${c.number ?? "(draf)"}`,
    paper: ctx.paper,
    letterhead: ctx.letterhead,
    draft: ctx.draft,
    marking: "RAHASIA",
    cover: true,
    blocks: [...cover(c, ctx.letterhead, ctx.paper), ...contents, ...chapter1, ...chapter2, ...chapter3, ...chapter4],
  };
}
