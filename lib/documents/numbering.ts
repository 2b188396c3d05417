// Official numbers: a pattern per kind of document with {seq}, {year} and
// {month}; the sequence per kind and year is taken inside the signing
// transaction, so a rollback returns the number and two signers never share one.
import type { Tx } from "@/lib/db";
import type { DocumentType } from "@/lib/enums";
import { nextInSequence } from "@/lib/numbering/sequence";
import type { Penomoran } from "@/lib/settings/registry";
import { readSetting } from "@/lib/settings/settings";

export type NumberKind = keyof Penomoran;

export const NUMBER_KIND: Record<DocumentType, NumberKind | null> = {
  SPT: "SPT",
  LAPORAN_HASIL_AUDIT: "LAPORAN",
  LAPORAN_HASIL_KLARIFIKASI: "LAPORAN",
  LAPORAN_HASIL_KOORDINASI: "LAPORAN",
  SURAT_PEMBERITAHUAN_HASIL: "SURAT",
  SURAT_PERMINTAAN_TL: "SURAT",
  SURAT_TEGURAN_TL: "SURAT",
  TANDA_TERIMA: null,
};

export function formatDocumentNumber(pattern: string, seq: number, civilDate: string): string {
  return pattern.replaceAll("{seq}", String(seq)).replaceAll("{year}", civilDate.slice(0, 4)).replaceAll("{month}", civilDate.slice(5, 7));
}

export async function takeDocumentNumber(tx: Tx, kind: NumberKind, today: string): Promise<string> {
  const patterns = await readSetting(tx, "penomoran");
  const seq = await nextInSequence(tx, `DOK_${kind}`, Number(today.slice(0, 4)));
  return formatDocumentNumber(patterns[kind], seq, today);
}

/** A file name from a number: "SPT-700.1.2-12-2026.pdf". */
export function documentFileName(prefix: string, number: string | null, format: "pdf" | "docx", draft: boolean): string {
  const safe = (number ?? "").replace(/[^0-9A-Za-z.]+/g, "-").replace(/^-+|-+$/g, "");
  return `${prefix}${safe ? `-${safe}` : ""}${draft ? "-DRAF" : ""}.${format}`;
}
