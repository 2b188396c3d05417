// The letter telling the complainant that the complaint has been followed up
// (step 11): one page for a normal result, its paragraphs indented, the
// tracking address printed, copied only where the admin says (not, by
// default, to the Bupati and the Sekda: it is a letter to a citizen).
import type { ResultLetterContent } from "@/lib/documents/data/letters";
import type { DocumentModel, Letterhead, Paper } from "@/lib/documents/model";
import { formatCivilDate } from "@/lib/format/dates";
import { TL_NOUN, signatureOf, signedOnTheRight, tembusan } from "./common";

export function suratHasilModel(c: ResultLetterContent, ctx: { letterhead: Letterhead; paper: Paper; draft: boolean }): DocumentModel {
  const how = c.tlType ? `melalui ${TL_NOUN[c.tlType]}` : "";
  const basis = [
    c.sptNumber && `berdasarkan Surat Perintah Tugas Nomor ${c.sptNumber}`,
    c.reportNumber && `sebagaimana tertuang dalam laporan Nomor ${c.reportNumber}`,
  ]
    .filter(Boolean)
    .join(", ");
  const where = c.trackingUrl ? ` (${c.trackingUrl})` : "";
  return {
    title: `Pemberitahuan Hasil Tindak Lanjut ${c.registerNumber}`,
    paper: ctx.paper,
    letterhead: ctx.letterhead,
    draft: ctx.draft,
    blocks: [
      { type: "letterhead" },
      { type: "paragraph", content: `${c.place}, ${formatCivilDate(c.signedOn)}`, align: "right" },
      { type: "field", label: "Nomor", content: c.number ?? "…/…/…" },
      { type: "field", label: "Sifat", content: "Biasa" },
      { type: "field", label: "Lampiran", content: "—" },
      { type: "field", label: "Hal", content: "Pemberitahuan hasil tindak lanjut pengaduan" },
      { type: "spacer" },
      { type: "paragraph", content: "Yth.", align: "left", spaceAfter: 0 },
      { type: "paragraph", content: c.addressee, align: "left", spaceAfter: 0 },
      { type: "paragraph", content: "di tempat", align: "left" },
      {
        type: "paragraph",
        content: `Menindaklanjuti pengaduan Saudara Nomor Register ${c.registerNumber} tanggal ${formatCivilDate(c.registeredOn)} perihal ${c.title}, dengan hormat kami sampaikan bahwa pengaduan tersebut telah ditindaklanjuti${how ? ` ${how}` : ""}${basis ? ` ${basis}` : ""}.`,
        indent: true,
      },
      { type: "paragraph", content: c.message, indent: true },
      {
        type: "paragraph",
        content: `Mohon Saudara menyatakan apakah pengaduan telah selesai melalui halaman Lacak Aduan SIPADU${where} dengan kode tanda terima. Atas perhatian dan partisipasi Saudara, kami sampaikan terima kasih.`,
        indent: true,
      },
      signedOnTheRight(signatureOf(c.signer, undefined, true)),
      ...tembusan(c.tembusan),
    ],
  };
}
