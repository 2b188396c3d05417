// Surat Perintah Tugas (PROCEDURE.md "Documents"): letterhead, title and
// number, Dasar, MEMERINTAHKAN, Kepada (the team), Untuk, place and date of
// issue, the Inspektur's signature, Tembusan.
import type { SptContent } from "@/lib/documents/data/spt";
import type { DocumentModel, Paper, Letterhead } from "@/lib/documents/model";
import { formatCivilDate } from "@/lib/format/dates";
import { withWords } from "@/lib/format/terbilang";
import { TEAM_ROLE_NAMES, TL_NOUN, numbered, signatureOf, tembusan, titleBlock } from "./common";

export function sptModel(c: SptContent, ctx: { letterhead: Letterhead; paper: Paper; draft: boolean }): DocumentModel {
  return {
    title: `Surat Perintah Tugas ${c.number ?? "(draf)"}`,
    paper: ctx.paper,
    letterhead: ctx.letterhead,
    draft: ctx.draft,
    blocks: [
      { type: "letterhead" },
      ...titleBlock("SURAT PERINTAH TUGAS", c.number),
      { type: "field", label: "Dasar", content: numbered(c.dasar) },
      { type: "heading", text: "MEMERINTAHKAN:", spaceBefore: 6 },
      { type: "field", label: "Kepada", content: "" },
      {
        type: "table",
        columns: [
          { header: "No", width: 6, align: "center" },
          { header: "Nama / NIP", width: 32 },
          { header: "Pangkat/Gol.", width: 20 },
          { header: "Jabatan", width: 22 },
          { header: "Jabatan dalam Tim", width: 20 },
        ],
        rows: c.team.map((m, i) => [String(i + 1), m.nip ? `${m.name}\nNIP ${m.nip}` : m.name, m.rank, m.jabatan, TEAM_ROLE_NAMES[m.teamRole] ?? m.teamRole]),
      },
      {
        type: "field",
        label: "Untuk",
        content: numbered([
          c.task,
          `Melaksanakan ${TL_NOUN[c.tlType] ?? "tugas"} selama ${withWords(c.durationDays)} hari kerja, mulai tanggal ${formatCivilDate(c.startOn)} sampai dengan ${formatCivilDate(c.endOn)}${c.opd ? ` pada ${c.opd}` : ""}`,
          "Melaporkan hasil pelaksanaan tugas kepada Inspektur Daerah Kabupaten Banyumas",
          "Melaksanakan perintah ini dengan penuh tanggung jawab",
        ]),
      },
      {
        type: "signatures",
        blocks: [signatureOf(c.signer, [`Ditetapkan di ${c.place}`, `pada tanggal ${formatCivilDate(c.signedOn)}`])],
      },
      ...tembusan(c.tembusan),
    ],
  };
}
