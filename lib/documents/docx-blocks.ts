// The blocks of the document model as Word paragraphs and tables, in the
// named styles of docx-styles.ts and the measurements of layout.ts — what
// pdf-blocks.tsx draws, element for element, so both break at the same places.
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  ImageRun,
  LeaderType,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IParagraphOptions,
} from "docx";
import { COLON_WIDTH, signatureColumn } from "./prepare";
import { EMBLEM, FIRST_LINE_INDENT, LETTERHEAD, LIST_HANG, SIGNATURE, SPACE, TABLE, TEXT, twips } from "./layout";
import { LIST_REF, STYLE, exact } from "./docx-styles";
import {
  ELECTRONIC_NOTE,
  isList,
  runsOf,
  type Align,
  type Block,
  type DocumentModel,
  type Inline,
  type List,
  type Signature,
  type SignatureRow,
} from "./model";

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
export const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE = { style: BorderStyle.SINGLE, size: Math.round(TABLE.border * 8), color: "000000" };
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
export const NO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

/** Pixels for docx's image sizes (96 per inch) from points. */
const px = (pt: number) => Math.round((pt * 96) / 72);

export interface DocxContext {
  model: DocumentModel;
  width: number;
  /** the pages of the PDF's headings, for the table of contents */
  anchors: Record<string, number>;
  /** a new list number for each list, so each counts from 1 */
  nextList: () => number;
}

/** Keeping: with the next paragraph (keepNext) and in one piece (keepLines). */
export interface Keep {
  next?: boolean;
  /** the block starts a page (a page break before it) */
  breakBefore?: boolean;
}

function runs(content: Inline): TextRun[] {
  return runsOf(content).map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic, underline: r.underline ? {} : undefined }));
}

type ParaOptions = Omit<IParagraphOptions, "children">;

function p(content: Inline, style: string, opts: ParaOptions = {}, keep: Keep = {}): Paragraph {
  return new Paragraph({ style, ...opts, ...(keep.next ? { keepNext: true, keepLines: true } : {}), children: runs(content) });
}

/** Whether a block's first element can carry the page break itself. */
export function takesPageBreak(b: Block): boolean {
  return b.type === "heading" || b.type === "paragraph";
}

/** An empty paragraph exactly `height` points tall: the space the PDF leaves with a margin. */
export function gap(height: number, keep: Keep = {}): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: twips(height), lineRule: LineRuleType.EXACT },
    ...(keep.next ? { keepNext: true } : {}),
    children: [],
  });
}

function cell(children: (Paragraph | Table)[], width: number, opts: { borders?: object; margins?: object; valign?: boolean } = {}): TableCell {
  return new TableCell({
    children: children.length ? children : [new Paragraph({})],
    width: { size: twips(width), type: WidthType.DXA },
    borders: opts.borders ?? NO_BORDERS,
    margins: opts.margins ?? NO_MARGINS,
    ...(opts.valign ? { verticalAlign: VerticalAlignTable.CENTER } : {}),
  });
}

function table(rows: TableRow[], widths: number[], borders: object = NO_BORDERS): Table {
  return new Table({
    rows,
    width: { size: twips(widths.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: widths.map(twips),
    layout: TableLayoutType.FIXED,
    borders,
    margins: NO_MARGINS,
  });
}

/** A list's items, each "1.<tab>text" by Word's own numbering; `lastAfter` is the space under the last. */
export function listParagraphs(
  ctx: DocxContext,
  list: List,
  opts: { from?: number; to?: number; level?: number; lastAfter?: number; keep?: Keep; instance?: number } = {},
): Paragraph[] {
  const level = opts.level ?? 0;
  const instance = opts.instance ?? ctx.nextList();
  const to = opts.to ?? list.items.length;
  const out: Paragraph[] = [];
  for (let i = opts.from ?? 0; i < to; i++) {
    const item = list.items[i]!;
    const last = i === list.items.length - 1;
    const after = last && !item.children ? (opts.lastAfter ?? 0) : SPACE.item;
    const numbering = list.style === "none" ? undefined : { reference: LIST_REF[list.style], level, instance };
    out.push(
      p(
        item.content,
        STYLE.list,
        {
          numbering,
          spacing: { before: 0, after: twips(after), ...exact(TEXT.body) },
          ...(numbering ? {} : { indent: { left: twips(LIST_HANG * level) } }),
        },
        opts.keep,
      ),
    );
    if (item.children)
      out.push(...listParagraphs(ctx, item.children, { level: level + 1, lastAfter: last ? (opts.lastAfter ?? 0) : SPACE.item, keep: opts.keep }));
  }
  return out;
}

/** A field's rows: label and colon on the first, its content (a list's items, one per row) beside them. */
export function fieldRows(
  ctx: DocxContext,
  b: Extract<Block, { type: "field" }>,
  opts: { from?: number; to?: number; keep?: Keep; instance?: number } = {},
): TableRow[] {
  const label = b.labelWidth ?? 90;
  const content = ctx.width - label - COLON_WIDTH;
  const row = (first: boolean, children: Paragraph[]) =>
    new TableRow({
      children: [
        cell(
          [
            p(
              first ? [{ text: b.label, bold: b.bold }] : "",
              STYLE.body,
              { alignment: AlignmentType.LEFT, spacing: { before: 0, after: 0, ...exact(TEXT.body) } },
              opts.keep,
            ),
          ],
          label,
        ),
        cell(
          [p(first ? ":" : "", STYLE.body, { alignment: AlignmentType.LEFT, spacing: { before: 0, after: 0, ...exact(TEXT.body) } }, opts.keep)],
          COLON_WIDTH,
        ),
        cell(children, content),
      ],
    });
  if (!isList(b.content))
    return [row(true, [p(b.content, STYLE.body, { spacing: { before: 0, after: twips(SPACE.paragraph), ...exact(TEXT.body) } }, opts.keep)])];
  const list = b.content;
  const instance = opts.instance ?? ctx.nextList();
  const to = opts.to ?? list.items.length;
  const rows: TableRow[] = [];
  for (let i = opts.from ?? 0; i < to; i++) {
    rows.push(row(i === 0, listParagraphs(ctx, list, { from: i, to: i + 1, instance, lastAfter: SPACE.paragraph, keep: opts.keep })));
  }
  return rows;
}

export function fieldTable(ctx: DocxContext, rows: TableRow[], labelWidth: number): Table {
  return table(rows, [labelWidth, COLON_WIDTH, ctx.width - labelWidth - COLON_WIDTH]);
}

function signatureParagraphs(s: Signature, ctx: DocxContext): Paragraph[] {
  const v = ctx.model.verification;
  // Kept with the next by their own properties, not only their style's: LibreOffice keeps a table with what follows
  // (a "Tembusan") only when the paragraphs themselves say so.
  const keep = { next: true };
  const line = (content: Inline, bold = false) =>
    p(bold ? [{ text: typeof content === "string" ? content : "", bold: true }] : content, STYLE.signature, {}, keep);
  const space =
    s.electronic && v
      ? [
          new Paragraph({
            style: STYLE.signature,
            keepNext: true,
            // At least its height, never clipped: an image in an "exactly" line would be cut.
            spacing: { before: 0, after: 0, line: twips(SIGNATURE.qrLine), lineRule: LineRuleType.AT_LEAST },
            children: [new ImageRun({ type: "png", data: v.qrPng, transformation: { width: px(SIGNATURE.qr), height: px(SIGNATURE.qr) } })],
          }),
          p(ELECTRONIC_NOTE, STYLE.small, { keepNext: true }),
          p(`Kode verifikasi ${v.code}`, STYLE.small, { keepNext: true }),
        ]
      : [gap(SIGNATURE.space, { next: true })];
  return [
    ...(s.heading ?? []).map((h) => line(h)),
    ...s.roles.map((r) => line(r, true)),
    ...space,
    p([{ text: s.name, bold: true, underline: true }], STYLE.signature, {}, keep),
    ...(s.rank ? [line(s.rank)] : []),
    ...(s.nip ? [line(s.nip)] : []),
  ];
}

export function signatureTable(ctx: DocxContext, rows: SignatureRow[]): Table {
  const column = signatureColumn(ctx.width) + 2 * TABLE.padX;
  const margins = { top: 0, bottom: 0, left: twips(TABLE.padX), right: twips(TABLE.padX) };
  const out: TableRow[] = [];
  rows.forEach((row, r) => {
    if (r > 0)
      out.push(
        new TableRow({
          cantSplit: true,
          height: { value: twips(SPACE.signatures), rule: HeightRule.EXACT },
          children: [cell([gap(1, { next: true })], column), cell([gap(1, { next: true })], column)],
        }),
      );
    out.push(
      new TableRow({ cantSplit: true, children: row.map((s) => cell(s ? signatureParagraphs(s, ctx) : [gap(1, { next: true })], column, { margins })) }),
    );
  });
  return table(out, [column, column]);
}

export function tembusanParagraphs(ctx: DocxContext, items: string[], keep: Keep): Paragraph[] {
  const list: List = { style: "number", items: items.map((content) => ({ content })) };
  const instance = ctx.nextList();
  return [
    gap(SPACE.signatures, { next: true }),
    p("Tembusan:", STYLE.body, { alignment: AlignmentType.LEFT, spacing: { before: 0, after: 0, ...exact(TEXT.body) } }, { next: true }),
    // In one piece: every item kept with the next, so the list never starts at the foot of a page.
    ...listParagraphs(ctx, list, { to: items.length - 1, instance, keep: { next: true } }),
    ...listParagraphs(ctx, list, { from: items.length - 1, instance, lastAfter: 0, keep }),
  ];
}

function letterhead(ctx: DocxContext): (Paragraph | Table)[] {
  const [gov, org, ...rest] = ctx.model.letterhead.lines;
  const side = LETTERHEAD.logo.width + LETTERHEAD.logoGap;
  const logo = ctx.model.letterhead.logo;
  const logoCell = logo
    ? [
        new Paragraph({
          // At least the logo's height: in the default "exactly" lines it would be cut.
          spacing: { before: 0, after: 0, line: twips(LETTERHEAD.logo.height), lineRule: LineRuleType.AT_LEAST },
          children: [
            new ImageRun({ type: logo.type, data: logo.data, transformation: { width: px(LETTERHEAD.logo.width), height: px(LETTERHEAD.logo.height) } }),
          ],
        }),
      ]
    : [new Paragraph({})];
  const text = [p(gov ?? "", STYLE.kopGov), p(org ?? "", STYLE.kopOrg), ...rest.map((l) => p(l, STYLE.kopAddress))];
  const { rule } = LETTERHEAD;
  return [
    table(
      [
        new TableRow({
          children: [cell(logoCell, side, { valign: true }), cell(text, ctx.width - 2 * side, { valign: true }), cell([new Paragraph({})], side)],
        }),
      ],
      [side, ctx.width - 2 * side, side],
    ),
    // The double rule under a letterhead: thick over thin, across the whole width.
    new Paragraph({
      spacing: { before: 0, after: twips(LETTERHEAD.after), line: twips(LETTERHEAD.ruleSpace), lineRule: LineRuleType.EXACT },
      border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: Math.round((rule.thick + rule.gap + rule.thin) * 8), color: "000000", space: 0 } },
      children: [],
    }),
  ];
}

function dataTable(ctx: DocxContext, b: Extract<Block, { type: "table" }>): Table {
  const widths = b.columns.map((c) => (ctx.width * c.width) / 100);
  const margins = { top: twips(TABLE.padY), bottom: twips(TABLE.padY), left: twips(TABLE.padX), right: twips(TABLE.padX) };
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: b.columns.map((c, i) => cell([p(c.header, b.compact ? STYLE.tableHeadingCompact : STYLE.tableHeading)], widths[i]!, { borders: GRID, margins })),
  });
  const rows = b.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((text, i) =>
          cell(
            text.split("\n").map((l) => p(l, b.compact ? STYLE.tableCompact : STYLE.table, { alignment: ALIGN[b.columns[i]?.align ?? "left"] })),
            widths[i]!,
            { borders: GRID, margins },
          ),
        ),
      }),
  );
  return table([header, ...rows], widths, GRID);
}

function toc(ctx: DocxContext, b: Extract<Block, { type: "toc" }>): Paragraph[] {
  return b.entries
    .map(
      (e) =>
        new Paragraph({
          style: STYLE.body,
          alignment: AlignmentType.LEFT,
          spacing: { before: 0, after: 0, ...exact(TEXT.body) },
          indent: { left: twips(e.level * LIST_HANG) },
          keepLines: true,
          tabStops: [{ type: TabStopType.RIGHT, position: twips(ctx.width), leader: LeaderType.DOT }],
          children: [new TextRun({ text: e.text, bold: e.level === 0 }), new TextRun({ text: `\t${ctx.anchors[e.anchor] ?? ""}` })],
        }),
    )
    .concat(gap(SPACE.paragraph));
}

/** A block on its own, kept with the next when `keep.next`. */
export function blockElements(ctx: DocxContext, b: Block, keep: Keep = {}): (Paragraph | Table)[] {
  switch (b.type) {
    case "letterhead":
      return letterhead(ctx);
    case "emblem": {
      const logo = ctx.model.letterhead.logo;
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 0, after: 0, line: twips(EMBLEM.height + 4), lineRule: LineRuleType.AT_LEAST },
          children: logo ? [new ImageRun({ type: logo.type, data: logo.data, transformation: { width: px(EMBLEM.width), height: px(EMBLEM.height) } })] : [],
        }),
      ];
    }
    case "heading": {
      const style = b.level === "title" ? STYLE.title : b.level === "chapter" ? STYLE.chapter : b.level === "section" ? STYLE.section : STYLE.subtitle;
      const size = b.level === "title" ? TEXT.title : TEXT.body;
      return [
        new Paragraph({
          style,
          pageBreakBefore: keep.breakBefore,
          ...(b.align ? { alignment: ALIGN[b.align] } : {}),
          ...(b.spaceBefore !== undefined ? { spacing: { before: twips(b.spaceBefore), after: twips(SPACE.heading), ...exact(size) } } : {}),
          children: [new TextRun({ text: b.text, underline: b.underline ? {} : undefined })],
        }),
      ];
    }
    case "paragraph": {
      const size = b.small ? TEXT.small : TEXT.body;
      return [
        p(
          b.content,
          b.small ? STYLE.small : STYLE.body,
          {
            pageBreakBefore: keep.breakBefore,
            alignment: ALIGN[b.align ?? "justify"],
            indent: b.indent ? { firstLine: twips(FIRST_LINE_INDENT) } : undefined,
            spacing: { before: 0, after: twips(b.spaceAfter ?? SPACE.paragraph), ...exact(size) },
          },
          keep,
        ),
      ];
    }
    case "field":
      return [fieldTable(ctx, fieldRows(ctx, b, { keep }), b.labelWidth ?? 90)];
    case "list":
      return listParagraphs(ctx, b.list, { lastAfter: SPACE.paragraph, keep });
    case "table":
      return [dataTable(ctx, b), gap(SPACE.table)];
    case "signatures":
      return [gap(SPACE.signatures, { next: true }), signatureTable(ctx, b.rows)];
    case "tembusan":
      return tembusanParagraphs(ctx, b.items, keep);
    case "toc":
      return toc(ctx, b);
    case "pageBreak":
      return [];
    case "spacer":
      return [gap(TEXT.body.line * (b.lines ?? 1), keep)];
  }
}
