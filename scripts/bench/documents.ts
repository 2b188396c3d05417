// Benchmark: rendering the SPT (issue 6's targets).
//   1. median warm render of a signed SPT: PDF ≤ 150 ms, DOCX ≤ 50 ms (in process);
//   2. 50 concurrent SPT downloads from the real server (the production build on a
//      fresh SQLite database with the demo accounts), each rendered on request:
//      all succeed, and the server's memory stays under 500 MB.
//   npm run bench:documents [-- --runs 50] [-- --concurrent 50] [-- --port 3195]
// Needs a current build (`npm run build`); writes its section of BENCHMARKS.md.
import { spawnSync } from "node:child_process";
import { rmSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { renderDocx } from "@/lib/documents/render-docx";
import { renderPdf } from "@/lib/documents/render-pdf";
import { SPT_CONTENT, signedFixtureModel } from "@/tests/document-fixtures";
import { describeMachine, writeSection } from "./machine";
import { median, ms, p95, runBenchmark } from "./stats";
import { signIn, startServer } from "./server";
import { treeRssKb } from "./load";
import { positiveArg } from "./args";

const require = createRequire(import.meta.url);
const ROOT = path.resolve(import.meta.dirname, "../..");
const RUNS = positiveArg("runs", 50);
const CONCURRENT = positiveArg("concurrent", 50);
const PORT = positiveArg("port", 3195);

const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;

async function timeRenders(render: () => Promise<Buffer>): Promise<number[]> {
  for (let i = 0; i < 5; i++) await render(); // warm: fonts parsed, code compiled
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await render();
    times.push(performance.now() - t);
  }
  return times;
}

function support(script: string, env: NodeJS.ProcessEnv, ...rest: string[]): string {
  const r = spawnSync(process.execPath, [require.resolve("tsx/cli"), `e2e/support/${script}`, ...rest], { cwd: ROOT, env, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${script}: ${r.stderr}`);
  return r.stdout.trim();
}

async function serverBurst() {
  const dataDir = path.join(ROOT, "data", "bench-documents");
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const env = { ...process.env, DATABASE_URL: `file:${path.join(dataDir, "sipadu.db")}`, SIPADU_DATA_DIR: dataDir, SIPADU_DEMO_CASES: "0" };
  const server = await startServer(PORT, { DATABASE_URL: env.DATABASE_URL, SIPADU_DATA_DIR: dataDir });
  try {
    // A case whose SPT waits for the Inspektur: its draft is rendered on every download.
    const registerNumber = support("new-case.ts", env);
    support("advance-case.ts", env, registerNumber, "8");
    const cookie = await signIn(server.base, "inspektur");
    const sqlite = new Database(path.join(dataDir, "sipadu.db"), { readonly: true });
    const spt = sqlite
      .prepare(`SELECT d.id FROM "Document" d JOIN "Case" c ON c.id = d.caseId WHERE c.registerNumber = ? AND d.type = 'SPT'`)
      .get(registerNumber) as { id: string } | undefined;
    sqlite.close();
    if (!spt) throw new Error("the SPT draft was not found");
    const documentId = spt.id;
    const get = async (format: "pdf" | "docx") => {
      const r = await fetch(`${server.base}/api/dokumen/${documentId}?format=${format}`, { headers: { cookie } });
      const bytes = new Uint8Array(await r.arrayBuffer());
      return r.ok && bytes.length > 1000 ? bytes.length : -r.status;
    };
    // Warm the route, then measure at rest.
    await get("pdf");
    await get("docx");
    const idle = treeRssKb(server.process.pid!);
    let peak = idle;
    const sampler = setInterval(() => {
      const now = treeRssKb(server.process.pid!);
      peak = { total: Math.max(peak.total, now.total), largest: Math.max(peak.largest, now.largest) };
    }, 20);
    const t = performance.now();
    const results = await Promise.all(Array.from({ length: CONCURRENT }, (_, i) => get(i % 2 ? "docx" : "pdf")));
    const wall = performance.now() - t;
    clearInterval(sampler);
    const after = treeRssKb(server.process.pid!);
    peak = { total: Math.max(peak.total, after.total), largest: Math.max(peak.largest, after.largest) };
    const failed = results.filter((r) => r < 0).length;
    return { idle, peak, wall, failed, pdf: Math.ceil(CONCURRENT / 2), docx: Math.floor(CONCURRENT / 2) };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<boolean> {
  const model = await signedFixtureModel("SPT", SPT_CONTENT);
  const pdfTimes = await timeRenders(() => renderPdf(model));
  const docxTimes = await timeRenders(() => renderDocx(model));
  console.log(`PDF  median ${ms(median(pdfTimes))}, p95 ${ms(p95(pdfTimes))}`);
  console.log(`DOCX median ${ms(median(docxTimes))}, p95 ${ms(p95(docxTimes))}`);

  const burst = await serverBurst();
  console.log(
    `${CONCURRENT} concurrent downloads: ${burst.failed} failed, ${ms(burst.wall)}; server RSS idle ${mb(burst.idle.total)}, peak ${mb(burst.peak.total)}`,
  );

  const okPdf = median(pdfTimes) <= 150;
  const okDocx = median(docxTimes) <= 50;
  const okBurst = burst.failed === 0 && burst.peak.total < 500 * 1024;
  const date = new Date().toISOString().slice(0, 10);
  writeSection(
    path.join(ROOT, "BENCHMARKS.md"),
    "documents",
    `
## SPT rendering: warm renders, and 50 concurrent downloads from the server

Targets: median warm render ≤ 150 ms as PDF and ≤ 50 ms as DOCX; ${CONCURRENT} concurrent SPT renders without error, server memory under 500 MB.
\`npm run bench:documents\` (after \`npm run build\`) — ${date}, ${describeMachine()}.
The warm renders are of a signed SPT (four team members, letterhead with the coat of arms, QR code) in one process, after five warm-up renders.
The burst starts the production build on a fresh SQLite database, signs in as the Inspektur and downloads the draft SPT of a case waiting for step 8
${CONCURRENT} times at once (half PDF, half DOCX); each download is rendered on request. Memory is the resident set of the server's whole process tree
(the start script, its esbuild helper and the Next.js server), sampled every 20 ms.

| measure | result | target |
| --- | --- | --- |
| PDF render, median (p95) of ${RUNS} | ${ms(median(pdfTimes))} (${ms(p95(pdfTimes))}) | ≤ 150 ms ${okPdf ? "✓" : "✗"} |
| DOCX render, median (p95) of ${RUNS} | ${ms(median(docxTimes))} (${ms(p95(docxTimes))}) | ≤ 50 ms ${okDocx ? "✓" : "✗"} |
| ${CONCURRENT} concurrent downloads (${burst.pdf} PDF, ${burst.docx} DOCX) | ${CONCURRENT - burst.failed} succeeded, ${burst.failed} failed, all done in ${ms(burst.wall)} | no error ${burst.failed === 0 ? "✓" : "✗"} |
| server memory (RSS) at rest → peak | ${mb(burst.idle.total)} → ${mb(burst.peak.total)} (the Next.js server process alone: ${mb(burst.peak.largest)}) | < 500 MB ${okBurst ? "✓" : "✗"} |
`,
  );
  return okPdf && okDocx && okBurst;
}

runBenchmark(main);
