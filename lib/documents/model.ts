// The one document model both renderers draw: DOCX (render-docx.ts) and PDF
// (render-pdf.tsx) say the same things in the same order because they read
// the same blocks, and set them with the same measurements (layout.ts).
// Templates (templates/*.ts) build it from a case.

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
  /** "Ditetapkan di Purwokerto" / "Purwokerto, 30 November 2026" / "Menyetujui," lines above the roles */
  heading?: string[];
  /** "INSPEKTUR DAERAH KABUPATEN BANYUMAS", "Ketua Tim" …; a role too wide for its column is broken between words */
  roles: string[];
  name: string;
  /** "Pembina Utama Muda (IV/c)" */
  rank?: string | null;
  /** already formatted: "NIP 19700101 199503 1 001" */
  nip?: string | null;
  /** the signer whose electronic signature (TTE) the document carries: the QR code stands in its signature space */
  electronic?: boolean;
}

/** A row of a signature area: a left and a right column, either of them empty. */
export type SignatureRow = [Signature | null, Signature | null];

export type HeadingLevel = "title" | "chapter" | "section";

export type Block =
  | { type: "letterhead" }
  /** the coat of arms alone, large and centred (a report's cover) */
  | { type: "emblem" }
  | {
      type: "heading";
      text: string;
      level?: HeadingLevel;
      align?: Align;
      underline?: boolean;
      spaceBefore?: number;
      /** an entry of the table of contents points here */
      anchor?: string;
      /** the space the PDF leaves above it, set by prepare(): Word's, where the space before and the one after the block above overlap */
      marginTop?: number;
    }
  | {
      type: "paragraph";
      content: Inline;
      align?: Align;
      /** a letter's paragraph: its first line indented */
      indent?: boolean;
      /** points after the paragraph */
      spaceAfter?: number;
      small?: boolean;
      /** kept on the page of what follows (a closing paragraph with the signatures) */
      keepWithNext?: boolean;
    }
  /** "Dasar  :  1. …": a label, a colon, and the content beside it; fields in a row share the label column */
  | {
      type: "field";
      label: string;
      content: Inline | List;
      bold?: boolean;
      keepWithNext?: boolean;
      /** the label column in points: set by prepare() for the fields in a row, from their longest label */
      labelWidth?: number;
    }
  | { type: "list"; list: List; keepWithNext?: boolean }
  | {
      type: "table";
      columns: { header: string; width: number; align?: Align }[];
      rows: string[][];
      /** smaller type, for recaps with many columns */ compact?: boolean;
    }
  | { type: "signatures"; rows: SignatureRow[]; keepWithNext?: boolean }
  /** "Tembusan:" and its numbered list */
  | { type: "tembusan"; items: string[] }
  | { type: "toc"; entries: { text: string; anchor: string; level: 0 | 1 }[] }
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
  /** a classification printed on every page ("RAHASIA") */
  marking?: string;
  /** the first page is a cover: no page number on it */
  cover?: boolean;
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

export function isList(content: Inline | List): content is List {
  return typeof content === "object" && !Array.isArray(content) && "items" in content;
}

/** "1.", "a.", "•" for the i-th item (from 0) of a list. */
export function marker(style: List["style"], i: number): string {
  if (style === "number") return `${i + 1}.`;
  if (style === "letter") return `${String.fromCharCode(97 + (i % 26))}.`;
  if (style === "bullet") return "•";
  return "";
}

export const DRAFT_MARK = "DRAF — BELUM DITANDATANGANI";

/** Under the QR code of an electronic signature. */
export const ELECTRONIC_NOTE = "Ditandatangani secara elektronik";

/** "Halaman 2 dari 3": on every page of a letter longer than one page. */
export function pageLabel(page: number, pages: number): string {
  return `Halaman ${page} dari ${pages}`;
}

export const PAPER_SIZES_MM: Record<Paper, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  F4: { width: 215, height: 330 },
};
