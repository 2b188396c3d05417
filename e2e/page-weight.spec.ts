// The public pages on a slow phone (issue 17, part 5): each of /, /lapor, /wbs
// and /lacak loads under 200 KB of JavaScript as transferred (compressed, with
// headers), read from the browser's resource timing on a first visit (an empty
// cache, a fresh context per page). Counted are every script the page fetched
// until the network was idle, Next's prefetches of linked pages included.
// `SIPADU_WRITE_BENCHMARKS=1 npx playwright test --project=sqlite page-weight`
// writes the figures into BENCHMARKS.md.
import path from "node:path";
import { describeMachine, writeSection } from "../scripts/bench/machine";
import { expect, test } from "./fixtures";

const LIMIT_KB = 200;
const PAGES = ["/", "/lapor", "/wbs", "/lacak"];

interface Weight {
  url: string;
  scripts: number;
  transferred: number;
  uncompressed: number;
}

test("the public pages each load under 200 KB of JavaScript, compressed", async ({ browser }, testInfo) => {
  const weights: Weight[] = [];
  for (const url of PAGES) {
    const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(200);
    await page.waitForLoadState("networkidle");
    const w = await page.evaluate(() => {
      const js = performance
        .getEntriesByType("resource")
        .map((e) => e as PerformanceResourceTiming)
        .filter((e) => e.initiatorType === "script" || /\.js(\?|$)/.test(new URL(e.name).pathname));
      return {
        scripts: js.length,
        transferred: js.reduce((n, e) => n + e.transferSize, 0),
        uncompressed: js.reduce((n, e) => n + e.decodedBodySize, 0),
        compressedBodies: js.every((e) => e.encodedBodySize < e.decodedBodySize || e.decodedBodySize < 1024),
      };
    });
    await context.close();
    // Read over the wire: a script that came from a cache would weigh 0 here and hide the page's real cost.
    expect(w.scripts, `${url}: scripts seen`).toBeGreaterThan(0);
    expect(w.transferred, `${url}: bytes transferred`).toBeGreaterThan(0);
    expect(w.compressedBodies, `${url}: scripts sent compressed`).toBe(true);
    weights.push({ url, scripts: w.scripts, transferred: w.transferred, uncompressed: w.uncompressed });
  }
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const rows = weights.map(
    (w) => `| \`${w.url}\` | ${w.scripts} | ${kb(w.transferred)} | ${kb(w.uncompressed)} | ${w.transferred < LIMIT_KB * 1024 ? "✓" : "✗"} |`,
  );
  await testInfo.attach("js-weight.md", { body: rows.join("\n"), contentType: "text/markdown" });
  if (process.env.SIPADU_WRITE_BENCHMARKS === "1") {
    writeSection(
      path.resolve("BENCHMARKS.md"),
      "js-weight",
      `## JavaScript of the public pages on a first visit

Target: under ${LIMIT_KB} KB of JavaScript transferred (compressed) per page. \`SIPADU_WRITE_BENCHMARKS=1 npx playwright test --project=sqlite page-weight\` (after \`npm run build\`) — ${new Date().toISOString().slice(0, 10)}, ${describeMachine()}.
Measured by e2e/page-weight.spec.ts in Chromium at 390×844 with an empty cache: the browser's resource timing of every script the page fetched until the network was idle (Next's prefetches of linked pages included), as sent by the production server (gzip). The same test fails the suite if a page reaches the target.

| page | scripts | transferred | uncompressed | under ${LIMIT_KB} KB |
| --- | --- | --- | --- | --- |
${rows.join("\n")}`,
    );
  }
  for (const w of weights) expect(w.transferred, `${w.url}: JavaScript transferred`).toBeLessThan(LIMIT_KB * 1024);
});

// Progressive enhancement on a slow connection: a complaint sent while the page's scripts are still on their
// way is not lost. React's inline form-replay script (sent with the page, under its CSP nonce) keeps the
// submission and hands it to the server action once the scripts have hydrated the form.
test("a complaint sent before the page's scripts have arrived is delivered once they have", async ({ page }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  // Only the scripts are held: the stylesheet comes, so the page is drawn as on a slow line.
  await page.route(/\/_next\/static\/.*\.js(\?|$)/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/lapor", { waitUntil: "commit" });
  await page.getByLabel(/^Nama/).fill("Warga Sinyal Lemah");
  await page.getByLabel("Telepon / WhatsApp").fill("081322233344");
  await page.getByLabel(/^Perihal/).fill("Lampu jalan mati sebulan");
  await page.getByLabel(/^Apa yang terjadi/).fill("Lampu penerangan jalan di depan balai desa mati sejak sebulan lalu.");
  await page.getByLabel("Siapa yang dilaporkan").fill("Dinas Perhubungan");
  await page.getByLabel(/^Di mana/).fill("Desa Karangsalam");
  await page.getByLabel(/^Kapan/).fill("Sejak November 2026");
  await page.getByRole("checkbox", { name: /pemberitahuan privasi/ }).check();
  await page.getByRole("button", { name: "Kirim aduan" }).click();
  // Nothing can answer yet: the form stays as it was, with what was typed.
  await expect(page.getByTestId("receipt")).toHaveCount(0);
  await expect(page.getByLabel(/^Perihal/)).toHaveValue("Lampu jalan mati sebulan");
  release();
  await expect(page.getByTestId("receipt")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("register-number")).toHaveText(/^ADU\/\d{4}\/\d{5}$/);
});
