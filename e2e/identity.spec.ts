// Two things that need every role signed in on the real server:
// - the route matrix: every download route × every demo role (and nobody),
//   on a case in and out of each role's scope;
// - the identity canary: a confidential complainant and a whistleblower with
//   unmistakable names; every page, download, export and the server log, as
//   every role, shows the confidential name only to the complaint team and
//   the Inspektur on that case's page, and the whistleblower's name nowhere
//   (the Inspektur's approval has not been given).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, Browser } from "@playwright/test";
import { docxText, pdfText } from "../tests/document-text";
import { readXlsx } from "../tests/xlsx-read";
import { expect, signInOk, test } from "./fixtures";
import { runSupport } from "./support/run";

const NAMES = { rahasia: "Kenari Sulistyaningrum", wbs: "Cendrawasih Wirapratama" };
const FRAGMENTS = [
  "Kenari Sulistyaningrum",
  "kenari.sulistyaningrum",
  "3302011234560001",
  "081234500001",
  "Jalan Kenari 7",
  "Cendrawasih",
  "cendrawasih.wirapratama",
  "081234500002",
];
const LOGINS = ["pengaduan", "inspektur", "penelaah", "irban1", "irban2", "auditor1", "perencanaan", "pimpinan", "admin", "opd-dindik"] as const;
type Login = (typeof LOGINS)[number];
/** PROCEDURE.md "Roles", for a case at step 9 that the demo staff took there. */
const SEES_CASE: Record<Login, boolean> = {
  pengaduan: true,
  inspektur: true,
  penelaah: true,
  irban1: true,
  irban2: false,
  auditor1: true,
  perencanaan: true,
  pimpinan: false,
  admin: false,
  // An OPD's liaison sees recommendations, never cases (issue 18).
  "opd-dindik": false,
};
const EXPORTS: Record<Login, boolean> = {
  pengaduan: false,
  inspektur: true,
  penelaah: false,
  irban1: false,
  irban2: false,
  auditor1: false,
  perencanaan: false,
  pimpinan: true,
  admin: false,
  "opd-dindik": false,
};

let fixture: { rahasia: string; wbs: string; attachment: string; spt: string };

test.beforeAll(() => {
  fixture = JSON.parse(runSupport("canary.ts"));
});

async function signedIn(browser: Browser, baseURL: string, login: Login, n: number) {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": `10.55.0.${n}` } });
  const page = await context.newPage();
  await signInOk(page, login);
  return { page, context };
}

test("every download route answers each role exactly as its gate says, and nobody without a session", async ({ browser, request }, testInfo) => {
  test.setTimeout(120_000);
  const routes = [
    { url: `/api/lampiran/${fixture.attachment}`, ok: (l: Login) => SEES_CASE[l], refused: 404 },
    { url: `/api/dokumen/${fixture.spt}?format=pdf`, ok: (l: Login) => SEES_CASE[l], refused: 404 },
    { url: `/api/dokumen/tanda-terima/${fixture.rahasia}?format=docx`, ok: (l: Login) => SEES_CASE[l], refused: 404 },
    { url: "/api/dasbor/ekspor?format=csv&tahun=2026", ok: (l: Login) => EXPORTS[l], refused: 403 },
    { url: "/api/dasbor/rekap?format=pdf&tahun=2026", ok: (l: Login) => EXPORTS[l], refused: 403 },
    { url: "/api/tindak-lanjut/rekap?format=xlsx&tahun=2026&semester=2", ok: (l: Login) => EXPORTS[l], refused: 403 },
  ];
  for (const r of routes) expect((await request.get(r.url)).status(), `${r.url} without a session`).toBe(401);
  const got: Record<string, number> = {};
  const want: Record<string, number> = {};
  for (const [i, login] of LOGINS.entries()) {
    const { page, context } = await signedIn(browser, testInfo.project.use.baseURL!, login, i + 1);
    for (const r of routes) {
      const res = await page.request.get(r.url);
      got[`${login} ${r.url}`] = res.status();
      want[`${login} ${r.url}`] = r.ok(login) ? 200 : r.refused;
      // Downloads are never shown inline.
      if (res.status() === 200) expect(res.headers()["content-disposition"]).toMatch(/^attachment;/);
    }
    await context.close();
  }
  expect(got).toEqual(want);
});

/** The text a reader could see in a response: the page, or the document's text, or the spreadsheet's cells. */
async function readable(request: APIRequestContext, url: string): Promise<{ status: number; text: string }> {
  const res = await request.get(url);
  if (res.status() !== 200) return { status: res.status(), text: "" };
  const type = res.headers()["content-type"] ?? "";
  const body = await res.body();
  if (type.includes("pdf")) return { status: 200, text: (await pdfText(body)).pages.join("\n") };
  if (type.includes("wordprocessingml")) return { status: 200, text: docxText(body).body.join("\n") };
  if (type.includes("spreadsheetml")) return { status: 200, text: JSON.stringify(readXlsx(body)) };
  return { status: 200, text: body.toString("utf8") };
}

test("the identity canary: names appear only where PROCEDURE.md allows, and never in the server log", async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const leaks: string[] = [];
  const seen: string[] = [];
  for (const [i, login] of LOGINS.entries()) {
    const { page, context } = await signedIn(browser, testInfo.project.use.baseURL!, login, 20 + i);
    const urls = [
      "/beranda",
      "/aduan",
      "/aduan?tampil=semua",
      `/aduan/${fixture.rahasia}`,
      `/aduan/${fixture.wbs}`,
      "/dasbor",
      "/dasbor/rincian?tahun=2026",
      "/kotak-keluar",
      "/akun",
      `/api/dokumen/tanda-terima/${fixture.rahasia}?format=pdf`,
      `/api/dokumen/tanda-terima/${fixture.wbs}?format=docx`,
      `/api/dokumen/${fixture.spt}?format=pdf`,
      `/api/dokumen/${fixture.spt}?format=docx`,
      "/api/dasbor/ekspor?format=csv&tahun=2026",
      "/api/dasbor/ekspor?format=xlsx&tahun=2026",
      "/api/dasbor/rekap?format=pdf&tahun=2026",
      "/tindak-lanjut",
      "/tindak-lanjut?tampil=semua",
      "/api/tindak-lanjut/rekap?format=pdf&tahun=2026&semester=2",
      "/api/tindak-lanjut/rekap?format=xlsx&tahun=2026&semester=2",
    ];
    for (const url of urls) {
      const { text } = await readable(page.request, url);
      for (const f of FRAGMENTS) {
        if (!text.includes(f)) continue;
        // The confidential complainant, for the complaint team and the Inspektur, on that case's page (and, for the
        // complaint team, as the address of the receipt e-mail in the outbox): allowed. The whistleblower: never.
        const wbsFragment = f.toLowerCase().includes("cendrawasih") || f.includes("081234500002");
        const allowed = !wbsFragment && (login === "pengaduan" || login === "inspektur") && (url === `/aduan/${fixture.rahasia}` || url === "/kotak-keluar");
        (allowed ? seen : leaks).push(`${login} ${url}: ${f}`);
      }
    }
    await context.close();
  }
  expect(leaks).toEqual([]);
  // The check would notice a name where it is: the allowed places do show it.
  expect(seen.some((s) => s.startsWith("pengaduan") && s.includes(NAMES.rahasia))).toBe(true);
  expect(seen.some((s) => s.startsWith("inspektur") && s.includes(NAMES.rahasia))).toBe(true);

  const log = path.resolve("data/e2e-sqlite/server.log");
  expect(existsSync(log)).toBe(true);
  const text = readFileSync(log, "utf8");
  expect(FRAGMENTS.filter((f) => text.includes(f))).toEqual([]);
});
