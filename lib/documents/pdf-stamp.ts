// What only the finished PDF knows, stamped onto it: "Halaman 2 dari 3" on
// every page of a letter longer than one, and the page of each heading in the
// table of contents. react-pdf could draw them itself (a `render` callback),
// but a page with such a callback is laid out twice, which doubled the time
// of a long report; reading the named destinations react-pdf writes for
// elements with an id, and writing the numbers with pdf-lib, costs a few
// milliseconds. Helvetica is Arial's metric twin, as Arimo is.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFString, PDFHexString, StandardFonts, rgb } from "@cantoo/pdf-lib";
import { FURNITURE_FROM_EDGE, MARGIN, TEXT } from "./layout";
import { pageLabel } from "./model";

export interface Destination {
  /** from 1 */
  page: number;
  /** the top of the element, in PDF points from the page's foot */
  top: number;
}

/** The named destinations of a PDF: react-pdf writes one for every element with an id. */
function destinations(pdf: PDFDocument): Map<string, Destination> {
  const out = new Map<string, Destination>();
  const names = pdf.catalog.lookupMaybe(PDFName.of("Names"), PDFDict);
  const dests = names?.lookupMaybe(PDFName.of("Dests"), PDFDict);
  const pages = pdf.getPages().map((p) => p.ref.toString());
  const walk = (node: PDFDict) => {
    const pairs = node.lookupMaybe(PDFName.of("Names"), PDFArray);
    if (pairs) {
      for (let i = 0; i + 1 < pairs.size(); i += 2) {
        const key = pairs.lookup(i);
        const name = key instanceof PDFString || key instanceof PDFHexString ? key.decodeText() : String(key);
        const dest = pairs.lookup(i + 1, PDFArray);
        const page = pages.indexOf(dest.get(0).toString()) + 1;
        const top = dest.lookupMaybe(3, PDFNumber)?.asNumber() ?? 0;
        if (page > 0) out.set(name, { page, top });
      }
    }
    const kids = node.lookupMaybe(PDFName.of("Kids"), PDFArray);
    for (let i = 0; i < (kids?.size() ?? 0); i++) walk(kids!.lookup(i, PDFDict));
  };
  if (dests) walk(dests);
  return out;
}

export interface Stamped {
  pdf: Buffer;
  pages: number;
  /** the page of each heading the table of contents points to */
  anchors: Record<string, number>;
}

/** The page numbers and the table of contents' pages, written onto the PDF react-pdf made. */
/** Where react-pdf sets a line's baseline, from the foot of its line box: the ascent (Arial's 0.905 em) below the line's top. */
const baselineAbove = (t: { size: number; line: number }) => t.line - 0.905 * t.size;

export async function stampPdf(bytes: Buffer, opts: { cover: boolean; tocAnchors: string[]; tocId: string }): Promise<Stamped> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const pages = pdf.getPages();
  const dests = destinations(pdf);
  const anchors: Record<string, number> = {};
  for (const a of opts.tocAnchors) {
    const d = dests.get(a);
    if (d) anchors[a] = d.page;
  }
  const numbered = pages.length > 1;
  const toc = dests.get(opts.tocId);
  if (!numbered && !toc) return { pdf: bytes, pages: pages.length, anchors };
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const black = rgb(0, 0, 0);
  if (numbered) {
    pages.forEach((page, i) => {
      if (opts.cover && i === 0) return;
      const text = pageLabel(i + 1, pages.length);
      const size = TEXT.furniture.size;
      const { width } = page.getSize();
      const centre = MARGIN.left + (width - MARGIN.left - MARGIN.right) / 2;
      // Where react-pdf sets the furniture's baseline: its line's foot at FURNITURE_FROM_EDGE, less the font's descent.
      page.drawText(text, {
        x: centre - font.widthOfTextAtSize(text, size) / 2,
        y: FURNITURE_FROM_EDGE + baselineAbove(TEXT.furniture),
        size,
        font,
        color: black,
      });
    });
  }
  if (toc) {
    const page = pages[toc.page - 1]!;
    const right = page.getSize().width - MARGIN.right;
    opts.tocAnchors.forEach((a, i) => {
      if (anchors[a] === undefined) return;
      const text = String(anchors[a]);
      const size = TEXT.body.size;
      const foot = toc.top - (i + 1) * TEXT.body.line;
      page.drawText(text, { x: right - font.widthOfTextAtSize(text, size), y: foot + baselineAbove(TEXT.body), size, font, color: black });
    });
  }
  return { pdf: Buffer.from(await pdf.save({ useObjectStreams: false })), pages: pages.length, anchors };
}
