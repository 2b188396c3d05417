// What both renderers settle the same way before drawing: how wide a run of
// fields' label column is (its longest label, so "Waktu dan tempat" never
// wraps), and where a signer's title breaks (between words, evenly, ending
// with a comma as a signature's title does). Measured once, in the letters'
// font, so Word and the PDF cannot decide differently.
import { LETTERHEAD, LIST_HANG, SIGNATURE, SPACE, TABLE, TEXT, textWidth } from "./layout";
import { balancedLines, measure } from "./measure";
import type { Block, DocumentModel, Signature, SignatureRow } from "./model";

/** The colon column beside a label. */
export const COLON_WIDTH = 12;

export function prepare(model: DocumentModel): DocumentModel {
  const width = textWidth(model.paper);
  const blocks = model.blocks.map((b) =>
    b.type === "signatures" ? { ...b, rows: b.rows.map((r) => aligned(r.map((s) => (s ? withRoleLines(s, width) : null)) as typeof r)) } : b,
  );
  return { ...model, blocks: withCollapsedSpace(withLabelWidths(blocks, width)) };
}

/** The space above a heading, before it meets the space below the block above. */
export function headingSpaceBefore(b: Extract<Block, { type: "heading" }>): number {
  return b.spaceBefore ?? (b.level === "chapter" ? SPACE.chapter : b.level === "section" ? SPACE.section : 0);
}

/** The paragraph spacing under a block, as Word counts it (a gap paragraph is content, not spacing). */
function spaceAfter(b: Block): number {
  switch (b.type) {
    case "letterhead":
      return LETTERHEAD.after;
    case "heading":
      return SPACE.heading;
    case "paragraph":
      return b.spaceAfter ?? SPACE.paragraph;
    case "field":
    case "list":
      return SPACE.paragraph;
    default:
      return 0;
  }
}

/**
 * Word and LibreOffice leave the larger of the space under a paragraph and
 * the space above the next, not both; the PDF's margins would add up. So a
 * heading's top margin in the PDF is what its space before adds to the space
 * already under the block above it.
 */
function withCollapsedSpace(blocks: Block[]): Block[] {
  return blocks.map((b, i) => {
    if (b.type !== "heading") return b;
    const prev = blocks[i - 1];
    const under = prev && prev.type !== "pageBreak" ? spaceAfter(prev) : 0;
    return { ...b, marginTop: Math.max(0, headingSpaceBefore(b) - under) };
  });
}

/** A signature column: half the text width, less the cell's padding. */
export function signatureColumn(width: number): number {
  return width * SIGNATURE.columnShare - 2 * TABLE.padX;
}

function withRoleLines(s: Signature, width: number): Signature {
  const column = signatureColumn(width);
  const roles = s.roles.flatMap((r, i) => {
    // The title ends with a comma, as a signature's title does ("INSPEKTUR DAERAH KABUPATEN BANYUMAS,").
    const text = i === s.roles.length - 1 && !/[,:]$/.test(r.trim()) ? `${r.trim()},` : r.trim();
    return balancedLines(text, column, TEXT.body.size, true);
  });
  return { ...s, roles };
}

/** Two signatures side by side with as many lines above their signature space, so their names share a line. */
function aligned(row: SignatureRow): SignatureRow {
  const above = (s: Signature | null) => (s ? (s.heading?.length ?? 0) + s.roles.length : 0);
  const most = Math.max(above(row[0]), above(row[1]));
  return row.map((s) => (s && above(s) < most ? { ...s, heading: [...Array<string>(most - above(s)).fill(""), ...(s.heading ?? [])] } : s)) as SignatureRow;
}

function withLabelWidths(blocks: Block[], width: number): Block[] {
  const out = [...blocks];
  for (let i = 0; i < out.length;) {
    if (out[i]!.type !== "field") {
      i++;
      continue;
    }
    let j = i;
    let widest = 0;
    while (j < out.length && out[j]!.type === "field") {
      const f = out[j] as Extract<Block, { type: "field" }>;
      widest = Math.max(widest, measure(f.label, TEXT.body.size, Boolean(f.bold)));
      j++;
    }
    // A label column no narrower than a list's hang and no wider than a third of the line.
    const labelWidth = Math.min(Math.max(Math.ceil(widest) + 6, LIST_HANG * 3), Math.round(width / 3));
    for (let k = i; k < j; k++) out[k] = { ...(out[k] as Extract<Block, { type: "field" }>), labelWidth };
    i = j;
  }
  return out;
}
