// Reading the QR code back out of a signed letter, the way a phone would:
// from the image embedded in the PDF (or the DOCX), decoded with jsQR.
import { unzipSync } from "fflate";
import jsQR from "jsqr";
import { OPS, getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { PNG } from "pngjs";

/** RGBA pixels from the 1-, 3- or 4-channel data pdf.js decodes an image to. */
function rgba(img: { width: number; height: number; data: Uint8ClampedArray | Uint8Array; kind?: number }): Uint8ClampedArray {
  const n = img.width * img.height;
  const channels = img.data.length / n;
  if (channels === 4) return new Uint8ClampedArray(img.data);
  const out = new Uint8ClampedArray(n * 4);
  for (let i = 0; i < n; i++) {
    const [r, g, b] = channels === 3 ? [img.data[i * 3]!, img.data[i * 3 + 1]!, img.data[i * 3 + 2]!] : [img.data[i]!, img.data[i]!, img.data[i]!];
    out.set([r, g, b, 255], i * 4);
  }
  return out;
}

/** The text of every QR code drawn in the PDF's pages. */
export async function qrCodesInPdf(pdf: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
  const found: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const ops = await page.getOperatorList();
    for (let i = 0; i < ops.fnArray.length; i++) {
      if (ops.fnArray[i] !== OPS.paintImageXObject) continue;
      const name = ops.argsArray[i][0] as string;
      const img = await new Promise<{ width: number; height: number; data: Uint8ClampedArray }>((resolve) => page.objs.get(name, resolve));
      if (!img?.data) continue;
      const qr = jsQR(rgba(img), img.width, img.height);
      if (qr) found.push(qr.data);
    }
  }
  await doc.destroy();
  return found;
}

/** The text of every QR code among the DOCX's images. */
export function qrCodesInDocx(docx: Uint8Array): string[] {
  const files = unzipSync(docx);
  return Object.entries(files)
    .filter(([name]) => name.startsWith("word/media/") && name.endsWith(".png"))
    .map(([, bytes]) => {
      const png = PNG.sync.read(Buffer.from(bytes));
      return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
    })
    .filter((t): t is string => t !== null);
}
