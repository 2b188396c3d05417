// The complainant's receipt: what was received, when, and by when it will be handled.
import type { ReceiptContent } from "@/lib/documents/data/letters";
import type { DocumentModel, Letterhead, Paper } from "@/lib/documents/model";
import { formatCivilDate } from "@/lib/format/dates";
import { withWords } from "@/lib/format/terbilang";
import { SOURCE_LABELS } from "@/lib/workflow/sources";
import { placeAndDate } from "./common";

export function tandaTerimaModel(c: ReceiptContent, ctx: { letterhead: Letterhead; paper: Paper }): DocumentModel {
  return {
    title: `Tanda Terima Pengaduan ${c.registerNumber}`,
    paper: ctx.paper,
    letterhead: ctx.letterhead,
    draft: false,
    blocks: [
      { type: "letterhead" },
      { type: "heading", text: "TANDA TERIMA PENGADUAN", underline: true, size: "title" },
      { type: "spacer" },
      { type: "field", label: "Nomor register", content: c.registerNumber },
      { type: "field", label: "Tanggal diterima", content: formatCivilDate(c.registeredOn) },
      { type: "field", label: "Sumber", content: SOURCE_LABELS[c.source as keyof typeof SOURCE_LABELS] ?? c.source },
      { type: "field", label: "Perihal", content: c.title },
      {
        type: "field",
        label: "Penyelesaian",
        content: `paling lama ${withWords(20)} hari kerja, sampai ${formatCivilDate(c.dueOn)}${c.dueIsEstimate ? " (perkiraan)" : ""}`,
      },
      ...(c.receiptCode ? [{ type: "field" as const, label: "Kode tanda terima", content: [{ text: c.receiptCode, bold: true }] }] : []),
      {
        type: "paragraph",
        content:
          "Perkembangan pengaduan dapat diikuti pada halaman Lacak Aduan SIPADU dengan kode tanda terima. Simpan kode tersebut: kode tidak dapat dilihat kembali oleh petugas.",
      },
      { type: "signatures", blocks: [{ heading: [placeAndDate(c.place, c.registeredOn)], roles: ["Petugas Penerima"], name: c.receivedBy }] },
    ],
  };
}
