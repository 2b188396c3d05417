// The document model as a Word file (docx). Lists carry their numbers as text
// (not Word's auto-numbering), so the DOCX and the PDF read the same.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  ImageRun,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from "docx";
import { DRAFT_MARK, PAPER_SIZES_MM, marker, runsOf, type Align, type Block, type DocumentModel, type Inline, type List, type Signature } from "./model";

const FONT = "Arial";
const SIZE = 24; // half-points: 12 pt
const TWIPS_PER_MM = 56.7;
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const CELL_LINES = { top: LINE, bottom: LINE, left: LINE, right: LINE };

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

function runs(content: Inline, extra: { bold?: boolean; size?: number; color?: string } = {}): TextRun[] {
  return runsOf(content).map(
    (r) =>
      new TextRun({
        text: r.text,
        bold: r.bold ?? extra.bold,
        italics: r.italic,
        underline: r.underline ? {} : undefined,
        font: FONT,
        size: extra.size ?? SIZE,
        color: extra.color,
      }),
  );
}

function para(content: Inline, opts: Omit<IParagraphOptions, "children"> & { bold?: boolean; size?: number } = {}): Paragraph {
  const { bold, size, ...rest } = opts;
  return new Paragraph({ spacing: { after: 60, line: 276 }, ...rest, children: runs(content, { bold, size }) });
}

/** A list as paragraphs with a hanging indent: "1.<tab>text". */
function listParagraphs(list: List, level = 0): Paragraph[] {
  const hang = 400;
  const left = hang * (level + 1);
  return list.items.flatMap((item, i) => [
    new Paragraph({
      spacing: { after: 40, line: 276 },
      alignment: AlignmentType.JUSTIFIED,
      indent: list.style === "none" ? { left: left - hang } : { left, hanging: hang },
      tabStops: [{ type: TabStopType.LEFT, position: left }],
      children: [
        ...(list.style === "none" ? [] : [new TextRun({ text: `${marker(list.style, i)}\t`, font: FONT, size: SIZE })]),
        ...runs(item.content),
      ],
    }),
    ...(item.children ? listParagraphs(item.children, level + 1) : []),
  ]);
}

function cell(children: (Paragraph | Table)[], widthPct: number, borders = NO_BORDERS as object): TableCell {
  return new TableCell({ children, width: { size: widthPct, type: WidthType.PERCENTAGE }, borders });
}

function letterhead(model: DocumentModel): (Paragraph | Table)[] {
  const [gov, org, ...rest] = model.letterhead.lines;
  const text = [
    para(gov ?? "", { alignment: AlignmentType.CENTER, bold: true, size: 28, spacing: { after: 0 } }),
    para(org ?? "", { alignment: AlignmentType.CENTER, bold: true, size: 32, spacing: { after: 0 } }),
    ...rest.map((l) => para(l, { alignment: AlignmentType.CENTER, size: 20, spacing: { after: 0 } })),
  ];
  const logo = model.letterhead.logo
    ? [new Paragraph({ children: [new ImageRun({ type: model.letterhead.logo.type, data: model.letterhead.logo.data, transformation: { width: 72, height: 88 } })] })]
    : [new Paragraph("")];
  return [
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, rows: [new TableRow({ children: [cell(logo, 14), cell(text, 86)] })] }),
    // The double rule under a letterhead.
    new Paragraph({ border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 18, color: "000000", space: 1 } }, spacing: { after: 240 }, children: [] }),
  ];
}

function signatureParagraphs(s: Signature): Paragraph[] {
  const center = { alignment: AlignmentType.CENTER, spacing: { after: 0 } };
  return [
    ...(s.heading ?? []).map((h) => para(h, center)),
    ...s.roles.map((r) => para(r, { ...center, bold: true })),
    new Paragraph({ spacing: { after: 0 }, children: [] }),
    new Paragraph({ spacing: { after: 0 }, children: [] }),
    new Paragraph({ spacing: { after: 0 }, children: [] }),
    para({ text: s.name, bold: true, underline: true }, center),
    ...(s.rank ? [para(s.rank, center)] : []),
    ...(s.nip ? [para(s.nip, center)] : []),
  ];
}

function block(b: Block, model: DocumentModel): (Paragraph | Table)[] {
  switch (b.type) {
    case "letterhead":
      return letterhead(model);
    case "heading":
      return [
        para(
          { text: b.text, bold: true, underline: b.underline },
          {
            alignment: ALIGN[b.align ?? "center"],
            size: b.size === "title" ? 28 : SIZE,
            spacing: { before: b.spaceBefore ?? (b.size === "chapter" ? 240 : 0), after: 120 },
          },
        ),
      ];
    case "paragraph":
      return [para(b.content, { alignment: ALIGN[b.align ?? "justify"], indent: b.indent ? { firstLine: b.indent * 20 } : undefined, spacing: { after: b.spaceAfter ?? 120, line: 276 } })];
    case "field": {
      const content = typeof b.content === "object" && !Array.isArray(b.content) && "items" in b.content ? listParagraphs(b.content) : [para(b.content as Inline, { alignment: AlignmentType.JUSTIFIED })];
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: NO_BORDERS,
          rows: [new TableRow({ children: [cell([para(b.label)], 18), cell([para(":")], 3), cell(content, 79)] })],
        }),
      ];
    }
    case "list":
      return listParagraphs(b.list);
    case "table":
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({
              tableHeader: true,
              children: b.columns.map((c) => cell([para(c.header, { alignment: AlignmentType.CENTER, bold: true })], c.width, CELL_LINES)),
            }),
            ...b.rows.map(
              (row) =>
                new TableRow({
                  children: row.map((text, i) =>
                    cell(text.split("\n").map((line) => para(line, { alignment: ALIGN[b.columns[i]?.align ?? "left"], spacing: { after: 0 } })), b.columns[i]?.width ?? 10, CELL_LINES),
                  ),
                }),
            ),
          ],
        }),
        new Paragraph({ spacing: { after: 120 }, children: [] }),
      ];
    case "signatures": {
      const spread = b.align === "spread" || b.blocks.length > 1;
      const width = spread ? 100 / b.blocks.length : 50;
      const cells = b.blocks.map((s) => cell(signatureParagraphs(s), width));
      return [
        new Paragraph({ spacing: { after: 120 }, children: [] }),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: NO_BORDERS,
          rows: [new TableRow({ cantSplit: true, children: spread ? cells : [cell([new Paragraph("")], 50), ...cells] })],
        }),
      ];
    }
    case "pageBreak":
      return [new Paragraph({ children: [new PageBreak()] })];
    case "spacer":
      return Array.from({ length: b.lines ?? 1 }, () => new Paragraph({ children: [] }));
  }
}

export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const size = PAPER_SIZES_MM[model.paper];
  const body = model.blocks.flatMap((b) => block(b, model));
  if (model.verification) {
    const v = model.verification;
    body.push(
      new Paragraph({ spacing: { before: 240 }, children: [new ImageRun({ type: "png", data: v.qrPng, transformation: { width: 80, height: 80 } })] }),
      para(`Kode verifikasi ${v.code} — periksa keaslian di ${v.url}`, { size: 16 }),
    );
  }
  const doc = new Document({
    creator: "SIPADU — Inspektorat Kabupaten Banyumas",
    title: model.title,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(size.width * TWIPS_PER_MM), height: Math.round(size.height * TWIPS_PER_MM) },
            margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 },
          },
        },
        headers: model.draft
          ? { default: new Header({ children: [para({ text: DRAFT_MARK, bold: true }, { alignment: AlignmentType.CENTER, size: 20 })] }) }
          : undefined,
        footers: model.verification
          ? { default: new Footer({ children: [para(`Kode verifikasi: ${model.verification.code}`, { alignment: AlignmentType.RIGHT, size: 16 })] }) }
          : undefined,
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
