// The complainant's receipt: who (or "Dirahasiakan"), how and what was
// received, when, by whom, by when it will be handled and where to follow it.
import type { ReceiptContent } from "@/lib/documents/data/letters";
import type { DocumentModel, Letterhead, Paper } from "@/lib/documents/model";
import { formatCivilDate } from "@/lib/format/dates";
import { withWords } from "@/lib/format/terbilang";
import { CHANNEL_LABELS } from "@/lib/workflow/inputs/intake";
import { SOURCE_LABELS } from "@/lib/workflow/sources";
import { numbered, placeAndDate, signedOnTheRight } from "./common";

export function tandaTerimaModel(c: ReceiptContent, ctx: { letterhead: Letterhead; paper: Paper }): DocumentModel {
  const source = SOURCE_LABELS[c.source as keyof typeof SOURCE_LABELS] ?? c.source;
  const channel = c.channel ? (CHANNEL_LABELS[c.channel] ?? c.channel) : null;
  const attachments = c.attachments ?? [];
  return {
    title: `Tanda Terima Pengaduan ${c.registerNumber}`,
    paper: ctx.paper,
    letterhead: ctx.letterhead,
    draft: false,
    blocks: [
      { type: "letterhead" },
      { type: "heading", text: "TANDA TERIMA PENGADUAN", underline: true, level: "title" },
      { type: "spacer" },
      { type: "field", label: "Nomor register", content: c.registerNumber },
      { type: "field", label: "Tanggal diterima", content: formatCivilDate(c.registeredOn) },
      ...(c.complainant ? [{ type: "field" as const, label: "Pelapor", content: c.complainant }] : []),
      { type: "field", label: "Sumber", content: channel ? `${source}, melalui ${channel.toLowerCase()}` : source },
      { type: "field", label: "Perihal", content: c.title },
      {
        type: "field",
        label: "Yang diterima",
        content: attachments.length ? numbered([`Uraian pengaduan`, ...attachments.map((a) => `Lampiran: ${a}`)]) : "Uraian pengaduan, tanpa lampiran",
      },
      {
        type: "field",
        label: "Penyelesaian",
        content: `paling lama ${withWords(20)} hari kerja, sampai dengan ${formatCivilDate(c.dueOn)}${c.dueIsEstimate ? " (perkiraan)" : ""}`,
      },
      ...(c.receiptCode ? [{ type: "field" as const, label: "Kode tanda terima", content: [{ text: c.receiptCode, bold: true }] }] : []),
      ...(c.trackingUrl ? [{ type: "field" as const, label: "Lacak aduan", content: c.trackingUrl }] : []),
      {
        type: "paragraph",
        content:
          "Perkembangan pengaduan dapat diikuti pada halaman Lacak Aduan SIPADU dengan kode tanda terima. Simpan kode tersebut: kode tidak dapat dilihat kembali oleh petugas.",
        indent: true,
      },
      signedOnTheRight({ heading: [placeAndDate(c.place, c.registeredOn)], roles: ["Petugas Penerima"], name: c.receivedBy, nip: c.receivedByNip ?? null }),
    ],
  };
}
