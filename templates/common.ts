// Pieces the document templates share.
import { formatCivilDate } from "@/lib/format/dates";
import type { Block, List, Signature, SignatureRow } from "@/lib/documents/model";
import type { SignerSnapshot } from "@/lib/documents/context";

export const TEAM_ROLE_NAMES: Record<string, string> = {
  PENANGGUNG_JAWAB: "Penanggung Jawab",
  WAKIL_PENANGGUNG_JAWAB: "Wakil Penanggung Jawab",
  PENGENDALI_TEKNIS: "Pengendali Teknis",
  KETUA_TIM: "Ketua Tim",
  ANGGOTA_TIM: "Anggota Tim",
};

export const TL_NOUN: Record<string, string> = { KOORDINASI: "koordinasi", KLARIFIKASI: "klarifikasi", AUDIT: "audit" };

/**
 * A list's items as Tata Naskah Dinas writes them: each but the last ends
 * with ";", the last with "." (whatever the item ended with before).
 */
export function punctuated(items: string[]): string[] {
  return items.map((item, i) => `${item.trim().replace(/[\s;.,:]+$/, "")}${i === items.length - 1 ? "." : ";"}`);
}

export function numbered(items: string[]): List {
  return { style: "number", items: items.map((content) => ({ content })) };
}

export function lettered(items: string[]): List {
  return { style: "letter", items: items.map((content) => ({ content })) };
}

export function titleBlock(title: string, number: string | null): Block[] {
  return [
    { type: "heading", text: title, underline: true, level: "title", spaceBefore: 0 },
    { type: "heading", text: `NOMOR ${number ?? "…/…/…"}`, spaceBefore: 0 },
    { type: "spacer" },
  ];
}

export function signatureOf(signer: SignerSnapshot, heading?: string[], electronic = false): Signature {
  return { heading, roles: [signer.title], name: signer.name, rank: signer.rank, nip: signer.nip, electronic };
}

/** One signature on the right half, as a letter is signed. */
export function signedOnTheRight(sig: Signature): Block {
  return { type: "signatures", rows: [[null, sig] satisfies SignatureRow] };
}

export function tembusan(items: string[]): Block[] {
  return items.length ? [{ type: "tembusan", items }] : [];
}

export function placeAndDate(place: string, date: string): string {
  return `${place}, ${formatCivilDate(date)}`;
}

/** "Pokok pengaduan" without anyone's identity: the title and the reviewers' summary. */
export function pokokPengaduan(c: { title: string; summary: string | null }): string {
  return c.summary ? `${c.title}. ${c.summary}` : c.title;
}

/** The head of an OPD by its kind, for "Tembusan": "Kepala Dinas Pendidikan", "Camat Ajibarang". */
export function opdHead(opd: { name: string; kind: string } | null): string | null {
  if (!opd) return null;
  const name = opd.name.trim();
  switch (opd.kind) {
    case "KECAMATAN":
      return `Camat ${name.replace(/^Kecamatan\s+/i, "")}`;
    case "RSUD":
      return `Direktur ${name}`;
    case "SEKRETARIAT":
      return /^Sekretariat Daerah/i.test(name) ? "Sekretaris Daerah Kabupaten Banyumas" : `Sekretaris ${name.replace(/^Sekretariat\s+/i, "")}`;
    case "SATPOL_PP":
      return `Kepala ${name}`;
    default:
      return `Kepala ${name}`;
  }
}
