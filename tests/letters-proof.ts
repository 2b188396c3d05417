// The letters as a reader gets them: each rendered as PDF and as DOCX, the
// DOCX opened in LibreOffice and printed to PDF (as a clerk's Word or
// LibreOffice would show it), both read back with poppler (pdftotext,
// pdftoppm). Used by lib/documents/letters-as-read.test.ts and by
// `npm run letters:proof`, which writes the pages as contact sheets.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DocumentModel, Paper } from "@/lib/documents/model";
import { renderDocx } from "@/lib/documents/render-docx";
import { layoutPdf } from "@/lib/documents/render-pdf";
import { contactSheet } from "./contact-sheet";

export interface Proof {
  name: string;
  model: DocumentModel;
  pdf: string;
  docx: string;
  /** the DOCX as LibreOffice prints it */
  office: string;
}

function need(tool: string, pkg: string) {
  const r = spawnSync("sh", ["-c", `command -v ${tool}`]);
  if (r.status !== 0) throw new Error(`${tool} is missing: install ${pkg} (apt-get install ${pkg}); .ci/run does.`);
}

/** Renders every model both ways into `dir`, then has LibreOffice print all the DOCX files at once. */
export async function proofs(models: { name: string; model: DocumentModel }[], dir: string): Promise<Proof[]> {
  need("soffice", "libreoffice-writer-nogui");
  need("pdftotext", "poppler-utils");
  mkdirSync(path.join(dir, "office"), { recursive: true });
  const out: Proof[] = [];
  for (const { name, model } of models) {
    const layout = await layoutPdf(model);
    const docx = await renderDocx(model, layout);
    const pdf = path.join(dir, `${name}.pdf`);
    const word = path.join(dir, `${name}.docx`);
    writeFileSync(pdf, layout.pdf);
    writeFileSync(word, docx);
    out.push({ name, model, pdf, docx: word, office: path.join(dir, "office", `${name}.pdf`) });
  }
  // A private LibreOffice profile: never the user's, and no first-start wizard.
  const profile = mkdtempSync(path.join(os.tmpdir(), "sipadu-lo-"));
  try {
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        path.join(dir, "office"),
        ...out.map((p) => p.docx),
      ],
      { stdio: "ignore", timeout: 240_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return out;
}

export function pageCount(pdf: string): number {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  return Number(/Pages:\s+(\d+)/.exec(info)![1]);
}

/** The text of each page: in drawing order (`raw`) or as laid out on the page (`layout`). */
export function pageTexts(pdf: string, mode: "raw" | "layout"): string[] {
  const text = execFileSync("pdftotext", [`-${mode}`, "-enc", "UTF-8", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const pages = text.split("\f");
  if (pages.at(-1)?.trim() === "") pages.pop();
  return pages;
}

/** Each document's pages, the PDF's above LibreOffice's, one PNG per document (the test artifact). */
export function writeContactSheets(list: Proof[], dir: string, dpi = 30): string[] {
  mkdirSync(dir, { recursive: true });
  const images = path.join(dir, "pages");
  mkdirSync(images, { recursive: true });
  const sheets: string[] = [];
  for (const p of list) {
    const rows = [p.pdf, p.office].map((file, k) => {
      const prefix = path.join(images, `${p.name}-${k === 0 ? "pdf" : "office"}`);
      execFileSync("pdftoppm", ["-png", "-r", String(dpi), file, prefix]);
      const base = path.basename(prefix);
      return readdirSync(images)
        .filter((f) => f.startsWith(`${base}-`) && f.endsWith(".png"))
        .sort((a, b) => Number(/-(\d+)\.png$/.exec(a)![1]) - Number(/-(\d+)\.png$/.exec(b)![1]))
        .map((f) => path.join(images, f));
    });
    const sheet = path.join(dir, `${p.name}.png`);
    contactSheet(rows, sheet);
    sheets.push(sheet);
  }
  rmSync(images, { recursive: true, force: true });
  return sheets;
}

export const PAPERS: Paper[] = ["A4", "F4"];
