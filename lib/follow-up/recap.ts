// The Laporan Hasil Pemantauan Tindak Lanjut per semester (and OPD), in the recap shape inspectorates send
// upward: per recommendation the finding, the recommendation, the follow-up, its status, and the money due,
// repaid and outstanding. It holds what was still open at the semester's start or recorded during it, as
// it stands at the semester's end (or today, for the running semester): the monitoring's running balance.
// PDF through the one document renderer, XLSX through lib/export. No complainant is ever in it.
import { db } from "@/lib/db";
import { letterContext } from "@/lib/documents/context";
import type { Block, DocumentModel } from "@/lib/documents/model";
import { renderPdf } from "@/lib/documents/render-pdf";
import type { Cell } from "@/lib/export/csv";
import { XLSX_MIME, toXlsx } from "@/lib/export/xlsx";
import { addCalendarDays, formatCivilDate, formatDateTime, startOfCivilDate } from "@/lib/format/dates";
import { formatThousands } from "@/lib/format/numbers";
import { FOLLOW_UP_STATUS_LABELS, RECOMMENDATION_KIND_LABELS } from "./labels";
import { outstandingOf } from "./respond";

/** Rows beyond this are not listed (the totals still count them): a recap is read, not mined. */
export const RECAP_ROW_LIMIT = 5000;
/** The PDF lists fewer (twenty pages: laying out more holds more memory than a server of 320 MB has); the XLSX has the rest. */
export const PDF_ROW_LIMIT = 240;

export const semesterOf = (civil: string): 1 | 2 => (Number(civil.slice(5, 7)) <= 6 ? 1 : 2);

export function semesterRange(year: number, semester: 1 | 2) {
  return semester === 1 ? { from: `${year}-01-01`, to: `${year}-06-30` } : { from: `${year}-07-01`, to: `${year}-12-31` };
}

export interface RecapRequest {
  year: number;
  semester: 1 | 2;
  opdId: string | null;
}

export async function recapRows(r: RecapRequest, limit = RECAP_ROW_LIMIT) {
  const { from, to } = semesterRange(r.year, r.semester);
  const where = {
    createdAt: { lt: startOfCivilDate(addCalendarDays(to, 1)) },
    // settled before the semester began: already reported, not carried
    OR: [{ settledOn: null }, { settledOn: { gte: from } }],
    ...(r.opdId ? { opdId: r.opdId } : {}),
  };
  const [total, rows] = await Promise.all([
    db.recommendationRecord.count({ where }),
    db.recommendationRecord.findMany({
      where,
      orderBy: [{ opdId: "asc" }, { createdAt: "asc" }, { position: "asc" }],
      take: limit,
      include: {
        opd: { select: { name: true } },
        case: { select: { registerNumber: true } },
        finding: { select: { allegation: true } },
        // the latest response: what the OPD says it did
        responses: { orderBy: { position: "desc" }, take: 1, select: { text: true } },
      },
    }),
  ]);
  const [sums, statuses] = await Promise.all([
    db.recommendationRecord.aggregate({ where, _sum: { amountDueRupiah: true, repaidRupiah: true } }),
    db.recommendationRecord.groupBy({ by: ["status"], where, _count: { _all: true } }),
  ]);
  const byStatus = Object.fromEntries(statuses.map((g) => [g.status, g._count._all])) as Partial<Record<string, number>>;
  return { from, to, total, rows, byStatus, due: sums._sum.amountDueRupiah ?? 0n, repaid: sums._sum.repaidRupiah ?? 0n };
}

/** Rows per table in the PDF, each table on a page of its own: react-pdf's pagination grows faster than the rows it lays out. */
const PDF_ROWS_PER_PAGE = 12;

function tableInPages(opdName: string | null, rows: string[][]): Block[] {
  // Money without "Rp" (the headings say it), the complaint's number on its own line: nine columns on a portrait page.
  const columns: Extract<Block, { type: "table" }>["columns"] = [
    { header: "No.", width: 4, align: "right" },
    ...(opdName ? [] : [{ header: "OPD", width: 10 }]),
    { header: "Temuan", width: opdName ? 18 : 14 },
    { header: "Rekomendasi", width: opdName ? 20 : 17 },
    { header: "Tindak lanjut", width: opdName ? 19 : 16 },
    { header: "Status", width: 9 },
    { header: "Harus kembali (Rp)", width: 10, align: "right" },
    { header: "Sudah kembali (Rp)", width: 10, align: "right" },
    { header: "Sisa (Rp)", width: 10, align: "right" },
  ];
  const blocks: Block[] = [];
  for (let i = 0; i < rows.length; i += PDF_ROWS_PER_PAGE) {
    if (i > 0) blocks.push({ type: "pageBreak" });
    blocks.push({ type: "table", compact: true, columns, rows: rows.slice(i, i + PDF_ROWS_PER_PAGE) });
  }
  return blocks;
}

const HEADER = [
  "No.",
  "OPD",
  "Nomor aduan",
  "Temuan",
  "Rekomendasi",
  "Jenis",
  "Tindak lanjut OPD",
  "Status",
  "Harus dikembalikan (Rp)",
  "Telah dikembalikan (Rp)",
  "Sisa (Rp)",
];

export async function recapDownload(r: RecapRequest, format: "pdf" | "xlsx", printedBy: string) {
  const data = await recapRows(r, format === "pdf" ? PDF_ROW_LIMIT : RECAP_ROW_LIMIT);
  const opdName = r.opdId ? ((await db.opd.findUnique({ where: { id: r.opdId }, select: { name: true } }))?.name ?? null) : null;
  const fileName = `pemantauan-tl-${r.year}-s${r.semester}${r.opdId ? "-opd" : ""}.${format}`;
  const period = `Semester ${r.semester === 1 ? "I" : "II"} Tahun ${r.year} (${formatCivilDate(data.from)} s.d. ${formatCivilDate(data.to)})`;
  const lines = data.rows.map((x, i) => ({
    no: i + 1,
    opd: x.opd?.name ?? "—",
    register: x.case.registerNumber,
    finding: x.finding?.allegation ?? "—",
    text: `${x.position}. ${x.text}`,
    kind: RECOMMENDATION_KIND_LABELS[x.kind],
    followUp: x.responses[0]?.text ?? "Belum ada tindak lanjut",
    status: FOLLOW_UP_STATUS_LABELS[x.status],
    due: x.amountDueRupiah,
    repaid: x.amountDueRupiah === null ? null : x.repaidRupiah,
    outstanding: x.amountDueRupiah === null ? null : outstandingOf(x),
  }));
  const note = data.total > data.rows.length ? `Ditampilkan ${data.rows.length} dari ${data.total} rekomendasi; saring per OPD untuk daftar lengkap.` : null;

  if (format === "xlsx") {
    const num = (v: bigint | null): Cell => (v === null ? null : Number(v));
    const rows: Cell[][] = lines.map((l) => [
      l.no,
      l.opd,
      l.register,
      l.finding,
      l.text,
      l.kind,
      l.followUp,
      l.status,
      num(l.due),
      num(l.repaid),
      num(l.outstanding),
    ]);
    rows.push([
      null,
      "Jumlah",
      null,
      null,
      `${data.total} rekomendasi`,
      null,
      null,
      null,
      Number(data.due),
      Number(data.repaid),
      Number(data.due - data.repaid),
    ]);
    if (note) rows.push([null, note]);
    return { body: toXlsx([{ name: "Pemantauan TL", header: HEADER, rows }]), fileName, mimeType: XLSX_MIME };
  }

  const ctx = await letterContext(db);
  const rp = (v: bigint | null) => (v === null ? "—" : formatThousands(v));
  const bySatus = Object.entries(FOLLOW_UP_STATUS_LABELS).map(([s, label]) => `${label}: ${data.byStatus[s] ?? 0}`);
  const model: DocumentModel = {
    title: `Laporan Hasil Pemantauan Tindak Lanjut ${period}`,
    paper: ctx.paper,
    letterhead: ctx.letterhead,
    draft: false,
    blocks: [
      { type: "letterhead" },
      { type: "heading", text: "LAPORAN HASIL PEMANTAUAN TINDAK LANJUT", level: "title" },
      { type: "heading", text: "REKOMENDASI HASIL PENANGANAN PENGADUAN MASYARAKAT" },
      { type: "paragraph", content: period, align: "center" },
      ...(opdName ? [{ type: "paragraph" as const, content: opdName, align: "center" as const }] : []),
      { type: "spacer" },
      ...tableInPages(opdName, [
        ...lines.map((l) => [
          String(l.no),
          ...(opdName ? [] : [l.opd]),
          `${l.finding}\n${l.register}`,
          `${l.text} [${l.kind}]`,
          l.followUp,
          l.status,
          rp(l.due),
          rp(l.repaid),
          rp(l.outstanding),
        ]),
        ["", ...(opdName ? [] : [""]), "Jumlah", `${data.total} rekomendasi`, "", "", rp(data.due), rp(data.repaid), rp(data.due - data.repaid)],
      ]),
      { type: "paragraph", content: `Menurut status: ${bySatus.join("; ")}.`, align: "left" },
      ...(note ? [{ type: "paragraph" as const, content: note, align: "left" as const }] : []),
      {
        type: "paragraph",
        content:
          "Memuat rekomendasi yang pada awal semester belum selesai atau yang dicatat selama semester, dengan keadaan terakhir. " +
          "Sesuai: tindak lanjut telah dinilai sesuai oleh Irban; jumlah dalam rupiah penuh.",
        align: "left",
      },
      { type: "paragraph", content: `Dicetak melalui SIPADU pada ${formatDateTime(new Date())} oleh ${printedBy.replace(/\.$/, "")}.`, align: "left" },
    ],
  };
  return { body: new Uint8Array(await renderPdf(model)), fileName, mimeType: "application/pdf" };
}
