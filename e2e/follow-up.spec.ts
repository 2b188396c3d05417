// Issue 18 in the browser: a report approved with two recommendations → the liaison of Dinas Pendidikan
// reports on both with evidence → irban1 finds them under "Menunggu saya", judges one Sesuai and returns
// the other → the dashboard shows 50% followed up → the recap PDF and XLSX list both; the liaison of
// Kecamatan Banyumas finds none of it (404), and neither liaison sees cases, inbox or dashboard.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { readXlsx } from "../tests/xlsx-read";
import { expect, people, test } from "./fixtures";
import { runSupport } from "./support/run";

const EVIDENCE = { name: "bukti-tl.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n") };

async function confirm(page: Page, button: string) {
  await page.getByRole("button", { name: button, exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("button", { name: "Batal" })).toBeFocused();
  await dialog.getByRole("button", { name: `Ya, ${button.charAt(0).toLowerCase()}${button.slice(1)}`, exact: true }).click();
}

async function openRecommendation(page: Page, registerNumber: string, position: number) {
  await page.goto("/tindak-lanjut");
  await page.getByRole("link", { name: `${registerNumber} · rekomendasi ${position}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Rekomendasi ${position}`);
}

test("the OPD follows up two recommendations, the Irban assesses them, the dashboard and the recap count them", async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const { registerNumber, caseId, opdId } = JSON.parse(runSupport("report-for-opd.ts", "DINDIK")) as { registerNumber: string; caseId: string; opdId: string };
  const as = people(browser, testInfo.project.use.baseURL!, 78);

  // 10a: the Inspektur approves; the two recommendations become records.
  const inspektur = await as("inspektur");
  await inspektur.goto(`/aduan/${caseId}`);
  await confirm(inspektur, "Setujui laporan");
  await expect(inspektur.getByTestId("step-done")).toContainText("Langkah 10a tersimpan");
  await expect(inspektur.getByTestId("recommendations").getByRole("row")).toHaveCount(3);

  // The liaison of Dinas Pendidikan lands on the follow-up, finds both waiting, reports on each with evidence.
  const dindik = await as("opd-dindik");
  await dindik.goto("/masuk");
  await expect(dindik).toHaveURL(/\/tindak-lanjut$/);
  await expect(dindik.getByRole("navigation").first()).not.toContainText("Kotak Masuk");
  // The request letter to the head of the OPD, signed with the report: the liaison downloads it, another OPD may not.
  await openRecommendation(dindik, registerNumber, 1);
  await expect(dindik.getByTestId("rec-letters")).toContainText("Surat Permintaan Tindak Lanjut Nomor");
  const letterHref = (await dindik.getByTestId("rec-letters").getByRole("link", { name: "PDF" }).first().getAttribute("href"))!;
  const letter = await dindik.request.get(letterHref);
  expect([letter.status(), (await letter.body()).subarray(0, 5).toString()]).toEqual([200, "%PDF-"]);
  for (const position of [1, 2]) {
    await openRecommendation(dindik, registerNumber, position);
    // The report's finding is there; nothing of the complainant.
    await expect(dindik.locator("main")).not.toContainText("Orang Tua Pelapor");
    await dindik
      .getByLabel(/^Uraian tindak lanjut/)
      .fill(position === 1 ? "Pungutan dihentikan; surat edaran kepala dinas terlampir." : "Uang dikembalikan kepada 25 orang tua siswa.");
    if (position === 2) {
      await expect(dindik.getByTestId("rec-money")).toContainText("sisa Rp1.250.000,00");
      // More than is due: refused with the figure, the text typed stays.
      await dindik.getByLabel(/^Jumlah yang disetor/).fill("2.000.000");
      await dindik.getByLabel(/^Bukti tindak lanjut/).setInputFiles(EVIDENCE);
      await confirm(dindik, "Kirim tindak lanjut");
      await expect(dindik.getByText("Jumlah setoran melebihi sisa yang harus dikembalikan (Rp1.250.000,00).")).toBeVisible();
      await expect(dindik.getByLabel(/^Uraian tindak lanjut/)).toHaveValue("Uang dikembalikan kepada 25 orang tua siswa.");
      await dindik.getByLabel(/^Jumlah yang disetor/).fill("500.000");
    }
    await dindik.getByLabel(/^Bukti tindak lanjut/).setInputFiles(EVIDENCE);
    await confirm(dindik, "Kirim tindak lanjut");
    await expect(dindik.getByTestId("page-message")).toContainText("menunggu penilaian Irban");
    await expect(dindik.getByTestId("rec-status")).toContainText("Menunggu penilaian Irban");
    await expect(dindik.getByTestId("responses")).toContainText("bukti-tl.pdf");
  }
  // Both reported: neither waits for the liaison any more (other specs' recommendations for Dinas Pendidikan may).
  await dindik.goto("/tindak-lanjut");
  await expect(dindik.getByTestId("follow-up-intro")).toBeVisible();
  await expect(dindik.getByRole("link", { name: new RegExp(`${registerNumber} · rekomendasi`) })).toHaveCount(0);
  const recUrl = (await (async () => {
    await dindik.goto("/tindak-lanjut?tampil=semua");
    return dindik.getByRole("link", { name: `${registerNumber} · rekomendasi 1` }).getAttribute("href");
  })())!;
  // Staff pages do not exist for a liaison.
  for (const p of ["/aduan", `/aduan/${caseId}`, "/dasbor"]) expect((await dindik.goto(p))?.status(), p).toBe(404);

  // Another OPD's liaison: not found, the page and its evidence.
  const kecbms = await as("opd-kecbms");
  expect((await kecbms.goto(recUrl))?.status()).toBe(404);
  await kecbms.goto("/tindak-lanjut?tampil=semua");
  await expect(kecbms.getByRole("link", { name: new RegExp(registerNumber) })).toHaveCount(0);
  const evidenceHref = await (async () => {
    await dindik.goto(recUrl);
    return dindik.getByRole("link", { name: "bukti-tl.pdf" }).first().getAttribute("href");
  })();
  expect((await kecbms.request.get(evidenceHref!)).status()).toBe(404);
  expect((await kecbms.request.get(letterHref)).status()).toBe(404);
  expect((await dindik.request.get(evidenceHref!)).status()).toBe(200);

  // irban1 finds both under "Menunggu saya": one Sesuai, the other returned with notes (the repayment accepted).
  const irban = await as("irban1");
  // The inbox points to them.
  await irban.goto("/aduan");
  await irban
    .getByTestId("follow-ups-waiting")
    .getByRole("link", { name: /\d+ tindak lanjut rekomendasi menunggu penilaian Anda/ })
    .click();
  await expect(irban).toHaveURL(/\/tindak-lanjut$/);
  await expect(irban.getByRole("link", { name: new RegExp(`${registerNumber} · rekomendasi`) })).toHaveCount(2);
  await openRecommendation(irban, registerNumber, 1);
  await irban.getByRole("radio", { name: /^Sesuai/ }).check();
  await confirm(irban, "Simpan penilaian");
  await expect(irban.getByTestId("rec-status")).toContainText("Sesuai");
  await openRecommendation(irban, registerNumber, 2);
  await irban.getByRole("radio", { name: /^Belum sesuai/ }).check();
  await expect(irban.getByRole("checkbox", { name: /Setoran Rp500\.000,00 pada laporan ini diterima/ })).toBeChecked();
  await irban.getByLabel(/^Catatan penilaian/).fill("Sisa Rp750.000 belum dikembalikan.");
  await confirm(irban, "Simpan penilaian");
  await expect(irban.getByTestId("rec-money")).toContainText("Rp500.000,00 dari Rp1.250.000,00 dikembalikan");
  await expect(irban.getByTestId("rec-history")).toContainText("Sisa Rp750.000 belum dikembalikan.");

  // The liaison sees it back, with the Irban's notes.
  await dindik.goto("/tindak-lanjut");
  await expect(dindik.getByRole("link", { name: `${registerNumber} · rekomendasi 2` })).toBeVisible();

  // The dashboard, for Dinas Pendidikan this year: 1 of 2 followed up.
  const year = new Date().toLocaleDateString("en-CA", { timeZone: "Asia/Jakarta" }).slice(0, 4);
  await inspektur.goto(`/dasbor?tahun=${year}&opd=${opdId}`);
  await expect(inspektur.getByTestId("follow-up-summary")).toContainText("2 rekomendasi");
  await expect(inspektur.getByTestId("figure-followed-up")).toContainText("50%");
  await expect(inspektur.getByTestId("figure-money")).toContainText("Rp500.000,00 dari Rp1.250.000,00");

  // The recap of the semester, as PDF and XLSX: both recommendations.
  const exports = inspektur.getByTestId("follow-up-exports");
  const dir = mkdtempSync(path.join(tmpdir(), "sipadu-tl-"));
  const [pdf] = await Promise.all([inspektur.waitForEvent("download"), exports.getByRole("link", { name: "PDF" }).click()]);
  const pdfFile = path.join(dir, "rekap.pdf");
  writeFileSync(pdfFile, readFileSync((await pdf.path())!));
  const text = execFileSync("pdftotext", ["-raw", pdfFile, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(text).toContain("LAPORAN HASIL PEMANTAUAN TINDAK LANJUT");
  expect(text).toContain("Dinas Pendidikan");
  expect(text).toContain("Kembalikan pungutan.");
  expect(text).toContain("Kembalikan Rp1.250.000 kepada 25 orang tua siswa.");
  const [xlsx] = await Promise.all([inspektur.waitForEvent("download"), exports.getByRole("link", { name: "XLSX" }).click()]);
  const [sheet] = readXlsx(readFileSync((await xlsx.path())!));
  const mine = sheet!.rows.filter((r) => r[2] === registerNumber);
  expect(mine.map((r) => [r[4], r[7], r[8] ?? null, r[9] ?? null])).toEqual([
    ["1. Kembalikan pungutan.", "Sesuai", null, null],
    ["2. Kembalikan Rp1.250.000 kepada 25 orang tua siswa.", "Dalam proses / belum sesuai", 1250000, 500000],
  ]);
  // Leadership reads the recap too; a liaison may not.
  expect((await dindik.request.get(`/api/tindak-lanjut/rekap?format=pdf&tahun=${year}&semester=2`)).status()).toBe(403);
});
