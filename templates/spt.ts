// Surat Perintah Tugas (PROCEDURE.md "Documents"; Tata Naskah Dinas,
// Permendagri 1/2023): letterhead, title and number, Dasar, MEMERINTAHKAN,
// Kepada (the team), Untuk, place and date of issue, the Inspektur's
// signature (electronic: the QR code stands in its space), Tembusan.
import type { SptContent } from "@/lib/documents/data/spt";
import type { DocumentModel, Paper, Letterhead } from "@/lib/documents/model";
import { formatCivilDate } from "@/lib/format/dates";
import { withWords } from "@/lib/format/terbilang";
import { TEAM_ROLE_NAMES, TL_NOUN, numbered, punctuated, signatureOf, signedOnTheRight, tembusan, titleBlock } from "./common";

/** "Inspektur Daerah Kabupaten Banyumas" from the signer's title as printed in capitals. */
function titleCase(title: string): string {
  return title
    .toLowerCase()
    .replace(/(^|\s)(\S)/g, (_, s: string, c: string) => s + c.toUpperCase())
    .replace(/,$/, "");
}

export function sptModel(c: SptContent, ctx: { letterhead: Letterhead; paper: Paper; draft: boolean }): DocumentModel {
  const noun = TL_NOUN[c.tlType] ?? "tugas";
  // Each item says one thing: the task, its time, its cost, the report, the charge.
  const untuk = punctuated([
    c.task,
    `Waktu pelaksanaan ${noun} selama ${withWords(c.durationDays)} hari kerja, mulai tanggal ${formatCivilDate(c.startOn)} sampai dengan ${formatCivilDate(c.endOn)}`,
    ...(c.biaya ? [`Biaya pelaksanaan tugas dibebankan pada ${c.biaya}`] : []),
    `Melaporkan hasil pelaksanaan tugas kepada ${titleCase(c.signer.title)}`,
    "Melaksanakan perintah ini dengan penuh tanggung jawab",
  ]);
  return {
    title: `Surat Perintah Tugas ${c.number ?? "(draf)"}`,
    paper: ctx.paper,
    letterhead: ctx.letterhead,
    draft: ctx.draft,
    blocks: [
      { type: "letterhead" },
      ...titleBlock("SURAT PERINTAH TUGAS", c.number),
      { type: "field", label: "Dasar", content: numbered(punctuated(c.dasar)) },
      { type: "heading", text: "MEMERINTAHKAN:", spaceBefore: 6 },
      { type: "field", label: "Kepada", content: "" },
      {
        type: "table",
        columns: [
          { header: "No", width: 5, align: "center" },
          { header: "Nama / NIP", width: 34 },
          { header: "Pangkat/Gol.", width: 20 },
          { header: "Jabatan", width: 21 },
          { header: "Jabatan dalam Tim", width: 20 },
        ],
        rows: c.team.map((m, i) => [String(i + 1), m.nip ? `${m.name}\nNIP ${m.nip}` : m.name, m.rank, m.jabatan, TEAM_ROLE_NAMES[m.teamRole] ?? m.teamRole]),
      },
      { type: "field", label: "Untuk", content: numbered(untuk) },
      signedOnTheRight(signatureOf(c.signer, [`Ditetapkan di ${c.place}`, `pada tanggal ${formatCivilDate(c.signedOn)}`], true)),
      ...tembusan(c.tembusan),
    ],
  };
}
