// Reading rendered letters back as text, so tests can say what a DOCX and a
// PDF actually contain (and that they say the same things in the same order).
import { strFromU8, unzipSync } from "fflate";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { ELECTRONIC_NOTE, isList, marker, plain, type DocumentModel, type List, type Signature } from "@/lib/documents/model";
import { prepare } from "@/lib/documents/prepare";

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescapeXml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => XML_ENTITIES[e]!);

/** The paragraphs of a Word part (document, header, footer), one per line. */
function wordPartText(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>/g)].map((m) => (m[1] === undefined ? "\t" : unescapeXml(m[1]))).join(""))
    .filter((line) => line.trim() !== "");
}

export interface DocxText {
  body: string[];
  headers: string[];
  footers: string[];
  /** the media files (images) the document embeds */
  media: string[];
}

export function docxText(docx: Uint8Array): DocxText {
  const files = unzipSync(docx);
  const part = (prefix: string) =>
    Object.keys(files)
      .filter((name) => name.startsWith(prefix) && name.endsWith(".xml"))
      .flatMap((name) => wordPartText(strFromU8(files[name]!)));
  return {
    body: wordPartText(strFromU8(files["word/document.xml"]!)),
    headers: part("word/header"),
    footers: part("word/footer"),
    media: Object.keys(files).filter((name) => name.startsWith("word/media/")),
  };
}

export interface PdfText {
  /** per page, the text in drawing order, lines joined by "\n" */
  pages: string[];
  /** only what lies inside the page margins: without the draft mark and the footer every page repeats */
  body: string;
  /** the furniture repeated on every page (draft mark at the top, verification code at the bottom) */
  furniture: string[];
  title: string | null;
}

/** Margins of render-pdf.tsx: 20 mm top and bottom; furniture sits at 8 mm. */
const MARGIN_PT = (20 * 72) / 25.4;

export async function pdfText(pdf: Uint8Array): Promise<PdfText> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  const body: string[] = [];
  const furniture: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const height = page.getViewport({ scale: 1 }).height;
    const content = await page.getTextContent();
    let all = "";
    let inside = "";
    for (const item of content.items) {
      if (!("str" in item)) continue;
      const y = item.transform[5] as number;
      const text = item.str + (item.hasEOL ? "\n" : "");
      all += text;
      if (y < MARGIN_PT - 2 || y > height - MARGIN_PT + 2) furniture.push(item.str);
      else inside += text;
    }
    pages.push(all);
    body.push(inside);
  }
  const meta = await doc.getMetadata();
  const title = (meta.info as { Title?: string }).Title ?? null;
  await doc.destroy();
  return { pages, body: body.join("\n"), furniture: furniture.filter((s) => s.trim() !== ""), title };
}

/**
 * What a reader must find, in order, in any rendering of a model. A DOCX read
 * as XML has no list numbers (Word numbers the lists itself): leave them out
 * with `markers: false`.
 */
export function modelPassages(input: DocumentModel, opts: { markers?: boolean } = {}): string[] {
  const model = prepare(input);
  const markers = opts.markers ?? true;
  const out: string[] = [];
  const list = (l: List) =>
    l.items.forEach((item, i) => {
      const m = marker(l.style, i);
      if (m && markers) out.push(m);
      out.push(plain(item.content));
      if (item.children) list(item.children);
    });
  const signature = (s: Signature) => {
    out.push(...(s.heading ?? []), ...s.roles);
    if (s.electronic && model.verification) out.push(ELECTRONIC_NOTE, `Kode verifikasi ${model.verification.code}`);
    out.push(s.name, ...(s.rank ? [s.rank] : []), ...(s.nip ? [s.nip] : []));
  };
  for (const b of model.blocks) {
    switch (b.type) {
      case "letterhead":
        out.push(...model.letterhead.lines);
        break;
      case "heading":
        out.push(b.text);
        break;
      case "paragraph":
        out.push(plain(b.content));
        break;
      case "field":
        out.push(b.label);
        if (isList(b.content)) list(b.content);
        else out.push(plain(b.content));
        break;
      case "list":
        list(b.list);
        break;
      case "table":
        out.push(...b.columns.map((c) => c.header));
        for (const row of b.rows) for (const cell of row) out.push(...cell.split("\n"));
        break;
      case "signatures":
        for (const row of b.rows) for (const s of row) if (s) signature(s);
        break;
      case "tembusan":
        out.push("Tembusan:");
        list({ style: "number", items: b.items.map((content) => ({ content })) });
        break;
      case "toc":
        out.push(...b.entries.map((e) => e.text));
        break;
      case "emblem":
      case "pageBreak":
      case "spacer":
        break;
    }
  }
  return out.filter((p) => p.trim() !== "");
}

const squeeze = (s: string) => s.replace(/\s+/g, "");

/**
 * The first passage not found in `text` after the ones before it, or null when
 * all are there in order. Whitespace is ignored: the PDF breaks lines where
 * Word would not.
 */
export function firstMissingInOrder(text: string, passages: string[]): string | null {
  const haystack = squeeze(text);
  let from = 0;
  for (const p of passages) {
    const at = haystack.indexOf(squeeze(p), from);
    if (at < 0) return p;
    from = at + squeeze(p).length;
  }
  return null;
}
