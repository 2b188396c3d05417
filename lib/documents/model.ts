// The one document model both renderers draw: DOCX (render-docx.ts) and PDF
// (render-pdf.tsx) say the same things in the same order because they read
// the same blocks. Templates (templates/*.ts) build it from a case.

export type Run = string | { text: string; bold?: boolean; italic?: boolean; underline?: boolean };
export type Inline = Run | Run[];
export type Align = "left" | "center" | "right" | "justify";

export interface ListItem {
  content: Inline;
  children?: List;
}

export interface List {
  style: "number" | "letter" | "bullet" | "none";
  items: ListItem[];
}

export interface Signature {
  /** "Ditetapkan di Purwokerto" / "Purwokerto, 30 November 2026" lines above the roles */
  heading?: string[];
  /** "INSPEKTUR DAERAH KABUPATEN BANYUMAS", "Ketua Tim" … */
  roles: string[];
  name: string;
  /** "Pembina Utama Muda (IV/c)" */
  rank?: string | null;
  /** already formatted: "NIP 19700101 199503 1 001" */
  nip?: string | null;
}

export type Block =
  | { type: "letterhead" }
  | { type: "heading"; text: string; align?: Align; underline?: boolean; size?: "title" | "chapter" | "normal"; spaceBefore?: number }
  | { type: "paragraph"; content: Inline; align?: Align; indent?: number; spaceAfter?: number }
  /** "Dasar  :  1. …": a label, a colon, and the content beside it */
  | { type: "field"; label: string; content: Inline | List }
  | { type: "list"; list: List; indent?: number }
  | { type: "table"; columns: { header: string; width: number; align?: Align }[]; rows: string[][] }
  | { type: "signatures"; blocks: Signature[]; align?: "right" | "spread" }
  | { type: "pageBreak" }
  | { type: "spacer"; lines?: number };

export interface Letterhead {
  /** top to bottom: government, institution (large), then address lines */
  lines: string[];
  logo: { data: Uint8Array; type: "png" | "jpg" } | null;
}

export type Paper = "A4" | "F4";

export interface DocumentModel {
  title: string;
  paper: Paper;
  letterhead: Letterhead;
  blocks: Block[];
  /** a draft says so on every page */
  draft: boolean;
  /** on a signed document: the code, the page that checks it, and its QR code */
  verification?: { code: string; url: string; qrPng: Uint8Array };
}

/** The plain text of inline content, for tests and search. */
export function plain(content: Inline): string {
  const runs = Array.isArray(content) ? content : [content];
  return runs.map((r) => (typeof r === "string" ? r : r.text)).join("");
}

export function runsOf(content: Inline): Exclude<Run, string>[] {
  const runs = Array.isArray(content) ? content : [content];
  return runs.map((r) => (typeof r === "string" ? { text: r } : r));
}

/** "1.", "a.", "•" for the i-th item (from 0) of a list. */
export function marker(style: List["style"], i: number): string {
  if (style === "number") return `${i + 1}.`;
  if (style === "letter") return `${String.fromCharCode(97 + (i % 26))}.`;
  if (style === "bullet") return "•";
  return "";
}

export const DRAFT_MARK = "DRAF — BELUM DITANDATANGANI";

export const PAPER_SIZES_MM: Record<Paper, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  F4: { width: 215, height: 330 },
};
