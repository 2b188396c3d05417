// The page as both renderers set it, in points: margins, font sizes, line
// heights, spacing, indents, table padding, the letterhead and the signature
// space. render-pdf and render-docx read only these numbers, so a letter
// opened in Word or LibreOffice has the lines and the pages of its PDF.
// Line heights are exact (Word's "exactly", react-pdf's lineHeight in pt):
// "single" means a different height in each program.
import type { Paper } from "./model";

export const MM = 72 / 25.4;

export const PAPER_PT: Record<Paper, { width: number; height: number }> = {
  A4: { width: 595.28, height: 841.89 },
  F4: { width: 215 * MM, height: 330 * MM },
};

/** Tata Naskah Dinas margins: 3 cm left, 2 cm elsewhere. */
export const MARGIN = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 20 * MM };
/** Where the page furniture (classification, draft mark, page number, code) sits, from the paper's edge. */
export const FURNITURE_FROM_EDGE = 9 * MM;

export function textWidth(paper: Paper): number {
  return PAPER_PT[paper].width - MARGIN.left - MARGIN.right;
}

export function bodyHeight(paper: Paper): number {
  return PAPER_PT[paper].height - MARGIN.top - MARGIN.bottom;
}

/** A font size with the exact height of its lines. */
export interface TextSize {
  size: number;
  line: number;
}

export const TEXT = {
  body: { size: 12, line: 15 },
  title: { size: 14, line: 18 },
  table: { size: 11, line: 13.5 },
  /** a wide recap table (many columns of figures) */
  tableCompact: { size: 9, line: 11 },
  furniture: { size: 9, line: 11 },
  small: { size: 8, line: 10 },
  letterheadGov: { size: 14, line: 17 },
  letterheadOrg: { size: 18, line: 22 },
  letterheadAddress: { size: 10, line: 12.5 },
} satisfies Record<string, TextSize>;

export const SPACE = {
  /** after a body paragraph */
  paragraph: 6,
  /** after a list item */
  item: 3,
  /** before a chapter heading (BAB …) */
  chapter: 12,
  /** before a section heading (A. Dasar …) */
  section: 6,
  /** after any heading */
  heading: 6,
  /** after a table */
  table: 8,
  /** before a signature area */
  signatures: 12,
};

/** The first-line indent of letter paragraphs (1.27 cm, Word's tab). */
export const FIRST_LINE_INDENT = 36;
/** The hanging indent of a list level: where the text starts after "1." or "a.". */
export const LIST_HANG = 20;

export const TABLE = {
  border: 0.5,
  padX: 4,
  padY: 2,
};

export const LETTERHEAD = {
  logo: { width: 54, height: 66 },
  logoGap: 8,
  /** the double rule: a thick line, a gap, a thin line */
  rule: { thick: 3, gap: 0.75, thin: 0.75 },
  /** between the address lines and the rule */
  ruleSpace: 4,
  after: 12,
};

export const SIGNATURE = {
  /**
   * The space a handwritten signature takes; an electronic one fills it with
   * its QR code (qrLine tall) and two small lines under it (the note and the
   * code), so signatures side by side keep their names on one line.
   */
  space: 76,
  qr: 54,
  qrLine: 56,
  /** a signature area's column: half the text width, as letters sign on the right */
  columnShare: 0.5,
};

/** The coat of arms on a report's cover. */
export const EMBLEM = { width: 90, height: 110 };

/** Points to Word's units: twentieths of a point (twips) and half-points. */
export const twips = (pt: number) => Math.round(pt * 20);
export const halfPoints = (pt: number) => Math.round(pt * 2);
