// Pieces the document templates share.
import { formatCivilDate } from "@/lib/format/dates";
import type { Block, List, Signature } from "@/lib/documents/model";
import type { SignerSnapshot } from "@/lib/documents/context";

export const TEAM_ROLE_NAMES: Record<string, string> = {
  PENANGGUNG_JAWAB: "Penanggung Jawab",
  WAKIL_PENANGGUNG_JAWAB: "Wakil Penanggung Jawab",
  PENGENDALI_TEKNIS: "Pengendali Teknis",
  KETUA_TIM: "Ketua Tim",
  ANGGOTA_TIM: "Anggota Tim",
};

export const TL_NOUN: Record<string, string> = { KOORDINASI: "koordinasi", KLARIFIKASI: "klarifikasi", AUDIT: "audit" };

export function numbered(items: string[]): List {
  return { style: "number", items: items.map((content) => ({ content })) };
}

export function lettered(items: string[]): List {
  return { style: "letter", items: items.map((content) => ({ content })) };
}

export function titleBlock(title: string, number: string | null): Block[] {
  return [
    { type: "heading", text: title, underline: true, size: "title" },
    { type: "heading", text: `NOMOR ${number ?? "…/…/…"}`, spaceBefore: 0 },
    { type: "spacer" },
  ];
}

export function signatureOf(signer: SignerSnapshot, heading?: string[]): Signature {
  return { heading, roles: [signer.title], name: signer.name, rank: signer.rank, nip: signer.nip };
}

export function tembusan(items: string[]): Block[] {
  if (!items.length) return [];
  return [{ type: "spacer" }, { type: "paragraph", content: "Tembusan:", align: "left", spaceAfter: 0 }, { type: "list", list: numbered(items) }];
}

export function placeAndDate(place: string, date: string): string {
  return `${place}, ${formatCivilDate(date)}`;
}

/** "Pokok pengaduan" without anyone's identity: the title and the reviewers' summary. */
export function pokokPengaduan(c: { title: string; summary: string | null }): string {
  return c.summary ? `${c.title}. ${c.summary}` : c.title;
}
