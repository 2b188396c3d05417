// The document model as a Word file (docx): named styles, Word's own list
// numbering, the page furniture in the header and footer (PAGE and NUMPAGES
// fields), set with the measurements of layout.ts as render-pdf.tsx sets the
// PDF. Whether a letter shows page numbers, and the pages of its table of
// contents, come from the PDF's layout, so both say the same.
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type FileChild,
} from "docx";
import { FURNITURE_FROM_EDGE, MARGIN, PAPER_PT, SPACE, TEXT, textWidth, twips } from "./layout";
import { NO_BORDERS, NO_MARGINS, blockElements, fieldRows, fieldTable, gap, listParagraphs, takesPageBreak, type DocxContext } from "./docx-blocks";
import { NUMBERING, STYLE, STYLES, exact } from "./docx-styles";
import { finishPackage } from "./docx-package";
import { keepGroups, keptWithNext } from "./keep";
import { prepare } from "./prepare";
import { layoutPdf, type PdfLayout } from "./render-pdf";
import { DRAFT_MARK, isList, type Block, type DocumentModel } from "./model";

function furnitureLine(text: string, bold = false): Paragraph {
  return new Paragraph({ style: STYLE.furniture, children: [new TextRun({ text, bold })] });
}

function header(model: DocumentModel): Header | undefined {
  const lines = [model.marking, model.draft ? DRAFT_MARK : null].filter((t): t is string => Boolean(t));
  if (!lines.length) return undefined;
  return new Header({ children: lines.map((l) => furnitureLine(l, true)) });
}

/** "Halaman 2 dari 3" in the middle, the verification code on the right. */
function footer(model: DocumentModel, width: number, numbered: boolean): Footer | undefined {
  const code = model.verification ? `Kode verifikasi: ${model.verification.code}` : null;
  if (!numbered && !code) return undefined;
  const children: TextRun[] = [new TextRun({ text: "\t" })];
  if (numbered) children.push(new TextRun({ children: ["Halaman ", PageNumber.CURRENT, " dari ", PageNumber.TOTAL_PAGES] }));
  if (code) children.push(new TextRun({ text: `\t${code}` }));
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.furniture,
        alignment: AlignmentType.LEFT,
        tabStops: [
          { type: TabStopType.CENTER, position: twips(width / 2) },
          { type: TabStopType.RIGHT, position: twips(width) },
        ],
        children,
      }),
    ],
  });
}

/**
 * The body. A group that must stay on one page (the last lines, the
 * signatures, "Tembusan") goes into a borderless one-cell table whose row may
 * not split: Word and LibreOffice both move such a row whole to the next page
 * (LibreOffice would not keep a signature table with the paragraphs after it
 * by keep-with-next alone), as the PDF moves its unbreakable view.
 */
function body(ctx: DocxContext): FileChild[] {
  const out: FileChild[] = [];
  const blocks = ctx.model.blocks;
  let breakBefore = false;
  for (const g of keepGroups(blocks)) {
    const kept: (Paragraph | Table)[] = [];
    g.blocks.forEach((b, k) => {
      const index = g.start + k;
      if (b.type === "pageBreak") {
        breakBefore = true;
        return;
      }
      if (breakBefore && !takesPageBreak(b)) out.push(new Paragraph({ pageBreakBefore: true, spacing: { before: 0, after: 0, ...exact(1) }, children: [] }));
      const keep = { next: keptWithNext(blocks, index), breakBefore: breakBefore && takesPageBreak(b) };
      breakBefore = false;
      if (g.blocks.length === 1) {
        out.push(...blockElements(ctx, b, keep));
        return;
      }
      // The first block of a group keeps only its tail (its list's last item) with what follows.
      if (k === 0 && g.tail !== "whole") {
        const { head, tail } = split(ctx, b, g.tail.from);
        out.push(...head);
        kept.push(...tail);
      } else kept.push(...blockElements(ctx, b, keep));
    });
    if (kept.length) out.push(keptTogether(ctx, separated(kept) as (Paragraph | Table)[]));
  }
  return separated(out);
}

function keptTogether(ctx: DocxContext, children: (Paragraph | Table)[]): Table {
  return new Table({
    rows: [
      new TableRow({
        cantSplit: true,
        children: [new TableCell({ children, width: { size: twips(ctx.width), type: WidthType.DXA }, borders: NO_BORDERS, margins: NO_MARGINS })],
      }),
    ],
    width: { size: twips(ctx.width), type: WidthType.DXA },
    columnWidths: [twips(ctx.width)],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: NO_MARGINS,
  });
}

/**
 * Two tables one after the other become one table in Word and LibreOffice (a
 * field's rows would swallow the team table, whose header then no longer
 * repeats): a hairline paragraph keeps them apart.
 */
function separated(children: FileChild[]): FileChild[] {
  const out: FileChild[] = [];
  for (const c of children) {
    if (c instanceof Table && out.at(-1) instanceof Table) out.push(gap(0.5));
    out.push(c);
  }
  return out;
}

/** A list or a field split before item `from`: the items before it may break anywhere, the rest go with the next block. */
function split(ctx: DocxContext, b: Block, from: number): { head: (Paragraph | Table)[]; tail: (Paragraph | Table)[] } {
  const instance = ctx.nextList();
  if (b.type === "field" && isList(b.content)) {
    return {
      head: [fieldTable(ctx, fieldRows(ctx, b, { to: from, instance }), b.labelWidth ?? 90)],
      tail: [fieldTable(ctx, fieldRows(ctx, b, { from, instance, keep: { next: true } }), b.labelWidth ?? 90)],
    };
  }
  if (b.type === "list") {
    return {
      head: listParagraphs(ctx, b.list, { to: from, instance }),
      tail: listParagraphs(ctx, b.list, { from, instance, keep: { next: true }, lastAfter: SPACE.paragraph }),
    };
  }
  return { head: [], tail: blockElements(ctx, b, { next: true }) };
}

/**
 * The DOCX of a model. `layout` is the PDF's (its page count and the pages of
 * its headings); without it the PDF is laid out here first.
 */
export async function renderDocx(input: DocumentModel, layout?: Pick<PdfLayout, "pages" | "anchors">): Promise<Buffer> {
  const settled = layout ?? (await layoutPdf(input));
  const model = prepare(input);
  const width = textWidth(model.paper);
  let lists = 0;
  const ctx: DocxContext = { model, width, anchors: settled.anchors, nextList: () => ++lists };
  const size = PAPER_PT[model.paper];
  const numbered = settled.pages > 1;
  const head = header(model);
  const foot = footer(model, width, numbered);
  const firstFoot = model.cover && numbered ? footer(model, width, false) : undefined;
  const doc = new Document({
    creator: "SIPADU — Inspektorat Kabupaten Banyumas",
    title: model.title,
    styles: STYLES,
    numbering: NUMBERING,
    features: { updateFields: false },
    sections: [
      {
        properties: {
          titlePage: Boolean(model.cover && numbered),
          page: {
            size: { width: twips(size.width), height: twips(size.height) },
            margin: {
              top: twips(MARGIN.top),
              bottom: twips(MARGIN.bottom),
              left: twips(MARGIN.left),
              right: twips(MARGIN.right),
              header: twips(FURNITURE_FROM_EDGE),
              footer: twips(FURNITURE_FROM_EDGE - TEXT.furniture.line + TEXT.furniture.size),
            },
          },
        },
        headers: head ? { default: head, ...(model.cover && numbered ? { first: head } : {}) } : undefined,
        footers: foot ? { default: foot, ...(model.cover && numbered ? { first: firstFoot ?? new Footer({ children: [gap(1)] }) } : {}) } : undefined,
        children: body(ctx),
      },
    ],
  });
  return finishPackage(await Packer.toBuffer(doc));
}
