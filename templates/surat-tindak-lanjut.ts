// The letters to the head of an OPD about a report's recommendations (issue 18): the request to follow them up
// by their deadlines, and the reminder (teguran) when a deadline has passed. One layout, two purposes: the same
// letter form as the result letter to the complainant, with the recommendations in a table.
import type { FollowUpLetterContent } from "@/lib/documents/data/follow-up-letter";
import type { DocumentModel, Letterhead, Paper } from "@/lib/documents/model";
import { formatCivilDate } from "@/lib/format/dates";
import { formatThousands } from "@/lib/format/numbers";
import { signatureOf, signedOnTheRight, tembusan } from "./common";

export function followUpLetterModel(
  type: "SURAT_PERMINTAAN_TL" | "SURAT_TEGURAN_TL",
  c: FollowUpLetterContent,
  ctx: { letterhead: Letterhead; paper: Paper; draft: boolean },
): DocumentModel {
  const teguran = type === "SURAT_TEGURAN_TL";
  const report = c.reportNumber
    ? `Laporan Hasil Nomor ${c.reportNumber}${c.reportSignedOn ? ` tanggal ${formatCivilDate(c.reportSignedOn)}` : ""}`
    : "laporan hasil penanganan pengaduan";
  const opening = teguran
    ? `Menindaklanjuti surat permintaan tindak lanjut atas ${report} (pengaduan Nomor Register ${c.registerNumber}), sampai dengan tanggal surat ini rekomendasi berikut belum ditindaklanjuti sesuai batas waktunya:`
    : `Berdasarkan ${report} atas penanganan pengaduan masyarakat Nomor Register ${c.registerNumber}, dengan hormat kami minta Saudara menindaklanjuti rekomendasi berikut sesuai batas waktunya:`;
  const closing = teguran
    ? `Sehubungan dengan hal tersebut, kami minta Saudara segera menindaklanjuti rekomendasi tersebut dan melaporkannya beserta bukti pendukung melalui SIPADU (${c.followUpUrl}). Atas perhatian Saudara, kami sampaikan terima kasih.`
    : `Tindak lanjut beserta bukti pendukungnya mohon dilaporkan oleh penghubung OPD melalui SIPADU (${c.followUpUrl}). Atas perhatian dan kerja sama Saudara, kami sampaikan terima kasih.`;
  const money = c.recommendations.some((r) => r.amountDue !== null);
  return {
    title: `${teguran ? "Teguran" : "Permintaan"} Tindak Lanjut ${c.registerNumber}`,
    paper: ctx.paper,
    letterhead: ctx.letterhead,
    draft: ctx.draft,
    blocks: [
      { type: "letterhead" },
      { type: "paragraph", content: `${c.place}, ${formatCivilDate(c.signedOn)}`, align: "right" },
      { type: "field", label: "Nomor", content: c.number ?? "…/…/…" },
      { type: "field", label: "Sifat", content: teguran ? "Segera" : "Penting" },
      { type: "field", label: "Lampiran", content: "—" },
      {
        type: "field",
        label: "Hal",
        content: teguran
          ? "Teguran atas tindak lanjut rekomendasi yang melewati batas waktu"
          : "Permintaan tindak lanjut rekomendasi hasil penanganan pengaduan",
      },
      { type: "spacer" },
      { type: "paragraph", content: "Yth.", align: "left", spaceAfter: 0 },
      { type: "paragraph", content: c.addressee, align: "left", spaceAfter: 0 },
      { type: "paragraph", content: "di tempat", align: "left" },
      { type: "paragraph", content: opening, indent: true },
      {
        type: "table",
        columns: [
          { header: "No.", width: 7, align: "right" },
          { header: "Rekomendasi", width: money ? 45 : 58 },
          { header: "Jenis", width: money ? 18 : 20 },
          ...(money ? [{ header: teguran ? "Sisa (Rp)" : "Jumlah (Rp)", width: 14, align: "right" as const }] : []),
          { header: "Batas waktu", width: money ? 16 : 15 },
        ],
        rows: c.recommendations.map((r) => [
          String(r.position),
          r.text,
          r.kind,
          ...(money ? [r.amountDue === null ? "—" : formatThousands(BigInt(teguran ? r.outstanding! : r.amountDue))] : []),
          formatCivilDate(r.deadlineOn),
        ]),
      },
      { type: "paragraph", content: closing, indent: true },
      signedOnTheRight(signatureOf(c.signer, undefined, true)),
      ...tembusan(c.tembusan),
    ],
  };
}
