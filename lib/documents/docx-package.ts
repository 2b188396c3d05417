// Two things the docx library does not write, added to its package: widow
// and orphan control as the document's default (Word's own Normal has it; a
// docx-made file would have none), and the font table naming Liberation Sans
// beside Arial, LibreOffice's metric-identical substitute where Arial is not
// installed, so both programs set the letter with the same widths.
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { FONT, FONT_FALLBACK } from "./docx-styles";

const ARIAL = `<w:font w:name="${FONT}"><w:altName w:val="${FONT_FALLBACK}"/><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>`;

function withArial(xml: string): string {
  const without = xml.replace(new RegExp(`<w:font w:name="${FONT}"[\\s\\S]*?</w:font>`), "");
  if (/<w:fonts[^>]*\/>/.test(without)) return without.replace(/<w:fonts([^>]*)\/>/, `<w:fonts$1>${ARIAL}</w:fonts>`);
  return without.replace("</w:fonts>", `${ARIAL}</w:fonts>`);
}

function withWidowControl(xml: string): string {
  return xml.includes("<w:pPrDefault><w:pPr>") ? xml.replace("<w:pPrDefault><w:pPr>", "<w:pPrDefault><w:pPr><w:widowControl/>") : xml;
}

export function finishPackage(docx: Uint8Array): Buffer {
  const files = unzipSync(docx);
  const edit = (name: string, fn: (xml: string) => string) => {
    if (files[name]) files[name] = strToU8(fn(strFromU8(files[name]!)));
  };
  edit("word/fontTable.xml", withArial);
  edit("word/styles.xml", withWidowControl);
  return Buffer.from(zipSync(files, { level: 6 }));
}
