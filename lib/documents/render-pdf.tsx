// The document model as PDF (@react-pdf/renderer), set in Arimo (Arial's
// metrics) with the measurements of layout.ts, as render-docx.ts sets the DOCX.
// The page numbers and the table of contents' pages are stamped on afterwards
// (pdf-stamp.ts).
import { Document, Font, Page, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { ReactElement } from "react";
import { ARIMO } from "./fonts";
import { FURNITURE_FROM_EDGE, MARGIN, PAPER_PT, TEXT, textWidth } from "./layout";
import { BlockView, FieldRows, ListBlock, Signatures, TOC_ID, Tembusan, type PdfContext } from "./pdf-blocks";
import { stampPdf, type Stamped } from "./pdf-stamp";
import { prepare } from "./prepare";
import { keepGroups, type KeptTail } from "./keep";
import { DRAFT_MARK, type Block, type DocumentModel } from "./model";

let fontsReady = false;
function registerFonts() {
  if (fontsReady) return;
  Font.register({
    family: "Arimo",
    fonts: [
      { src: ARIMO.regular },
      { src: ARIMO.bold, fontWeight: 700 },
      { src: ARIMO.italic, fontStyle: "italic" },
      { src: ARIMO.boldItalic, fontWeight: 700, fontStyle: "italic" },
    ],
  });
  // Indonesian words are not split with English hyphenation rules (nor does the DOCX hyphenate).
  Font.registerHyphenationCallback((word) => [word]);
  fontsReady = true;
}

/** The PDF, with what the DOCX needs to number its pages and its table of contents the same way. */
export type PdfLayout = Stamped;

/** The tail of a block kept with what follows it: the last item of a list, or the whole block. */
function Tail({ b, tail, ctx }: { b: Block; tail: KeptTail; ctx: PdfContext }) {
  if (tail === "whole") return <BlockView b={b} ctx={ctx} />;
  if (b.type === "field") return <FieldRows b={b} from={tail.from} />;
  if (b.type === "list") return <ListBlock list={b.list} from={tail.from} lastSpace />;
  return <BlockView b={b} ctx={ctx} />;
}

/** The part of a block before its kept tail. */
function Head({ b, tail }: { b: Block; tail: { from: number } }) {
  if (b.type === "field") return <FieldRows b={b} to={tail.from} />;
  if (b.type === "list") return <ListBlock list={b.list} to={tail.from} lastSpace={false} />;
  return null;
}

function Body({ ctx, blocks }: { ctx: PdfContext; blocks: Block[] }) {
  const out: ReactElement[] = [];
  for (const g of keepGroups(blocks)) {
    if (g.blocks.length === 1 && g.tail === "whole") {
      out.push(<BlockView key={g.start} b={g.blocks[0]!} ctx={ctx} />);
      continue;
    }
    const [first, ...rest] = g.blocks;
    if (g.tail !== "whole") out.push(<Head key={`${g.start}h`} b={first!} tail={g.tail} />);
    out.push(
      <View key={g.start} wrap={false}>
        <Tail b={first!} tail={g.tail} ctx={ctx} />
        {rest.map((b, i) =>
          b.type === "signatures" ? (
            <Signatures key={i} rows={b.rows} ctx={ctx} />
          ) : b.type === "tembusan" ? (
            <Tembusan key={i} items={b.items} />
          ) : (
            <BlockView key={i} b={b} ctx={ctx} />
          ),
        )}
      </View>,
    );
  }
  return <>{out}</>;
}

function furniture(model: DocumentModel) {
  const top = [model.marking, model.draft ? DRAFT_MARK : null].filter((t): t is string => Boolean(t));
  const v = model.verification;
  const base = { position: "absolute" as const, left: MARGIN.left, right: MARGIN.right, fontSize: TEXT.furniture.size, lineHeight: `${TEXT.furniture.line}pt` };
  return (
    <>
      {top.map((t, i) => (
        <Text
          key={t}
          fixed
          style={{
            ...base,
            top: FURNITURE_FROM_EDGE + i * TEXT.furniture.line,
            textAlign: "center",
            fontWeight: 700,
            color: t === DRAFT_MARK ? "#b00020" : "#000",
          }}
        >
          {t}
        </Text>
      ))}
      {/* "Halaman 2 dari 3" is stamped in the middle of this line (pdf-stamp.ts) */}
      {v ? (
        <Text fixed style={{ ...base, bottom: FURNITURE_FROM_EDGE, textAlign: "right" }}>
          {`Kode verifikasi: ${v.code}`}
        </Text>
      ) : null}
    </>
  );
}

/** The blocks between page breaks (the breaks themselves dropped): one <Page> each. */
export function runsBetweenPageBreaks(blocks: Block[]): Block[][] {
  const runs: Block[][] = [[]];
  for (const b of blocks) {
    if (b.type === "pageBreak") runs.push([]);
    else runs.at(-1)!.push(b);
  }
  return runs.filter((r, i) => r.length > 0 || i === 0);
}

export async function layoutPdf(input: DocumentModel): Promise<PdfLayout> {
  registerFonts();
  const model = prepare(input);
  const size = PAPER_PT[model.paper];
  const ctx: PdfContext = { model, width: textWidth(model.paper) };
  // A page break starts a new <Page>: react-pdf paginates each one on its own, and
  // its cost grows faster than the length of what it paginates.
  const doc = (
    <Document title={model.title} author="Inspektorat Kabupaten Banyumas" creator="SIPADU" producer="SIPADU" language="id-ID">
      {runsBetweenPageBreaks(model.blocks).map((blocks, i) => (
        <Page
          key={i}
          size={[size.width, size.height]}
          style={{ fontFamily: "Arimo", paddingTop: MARGIN.top, paddingBottom: MARGIN.bottom, paddingLeft: MARGIN.left, paddingRight: MARGIN.right }}
        >
          {furniture(model)}
          <Body ctx={ctx} blocks={blocks} />
        </Page>
      ))}
    </Document>
  );
  const tocAnchors = model.blocks.flatMap((b) => (b.type === "toc" ? b.entries.map((e) => e.anchor) : []));
  return stampPdf(await renderToBuffer(doc), { cover: Boolean(model.cover), tocAnchors, tocId: TOC_ID });
}

export async function renderPdf(model: DocumentModel): Promise<Buffer> {
  return (await layoutPdf(model)).pdf;
}
