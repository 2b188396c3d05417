// The leadership dashboard in the browser: pimpinan sees the figures and the
// charts, changes the year, drills into a figure (counts only), downloads the
// case list and the recap; bad URL parameters get a message, never an error page.
import { readFileSync } from "node:fs";
import type { Download, Page } from "@playwright/test";
import { readXlsx } from "../tests/xlsx-read";
import { expect, signInOk, test } from "./fixtures";
import { runSupport } from "./support/run";

const LEADERSHIP_HEADER = [
  "Nomor register",
  "Tanggal diterima",
  "Sumber",
  "OPD terlapor",
  "Wilayah Irban",
  "Irban",
  "Jenis tindak lanjut",
  "Tahap",
  "Batas penyelesaian",
  "Tanggal ditindaklanjuti",
  "Dalam 20 hari kerja",
  "Terhadap 20 hari kerja",
  "Hari kerja sampai ditindaklanjuti",
  "Nilai kepuasan",
  "Tanggal ditutup",
];

async function download(page: Page, name: string): Promise<{ name: string; bytes: Buffer }> {
  const [d] = (await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("dashboard-exports").getByRole("link", { name, exact: true }).first().click(),
  ])) as [Download, void];
  return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
}

test("pimpinan reads the dashboard, changes the year, drills down without identities and downloads XLSX, CSV and the recap", async ({ page }) => {
  test.setTimeout(90_000);
  const [count2025, caseId] = runSupport("dashboard-cases.ts", "2025", "40").split(" ");
  expect(Number(count2025)).toBe(40);

  await signInOk(page, "pimpinan");
  await page.goto("/dasbor");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dasbor pengaduan");
  // This year: figures, or the explained empty state when no test has made a case yet.
  const received = page.getByTestId("figure-received").locator(".figure");
  const thisYearView = received.or(page.getByTestId("dashboard-empty"));
  await expect(thisYearView).toBeVisible();
  const thisYear = (await thisYearView.textContent())!.trim();

  await page.getByLabel("Tahun", { exact: true }).selectOption("2025");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/tahun=2025/);
  await expect(page.getByTestId("dashboard-period")).toContainText("tahun 2025");
  await expect(received).toHaveText("40");
  expect(thisYear).not.toBe("40");
  // The charts are drawn, each with its words and its table.
  for (const id of ["volume", "tepat-waktu", "opd", "jenis-tl"]) {
    const chart = page.getByTestId(`chart-${id}`);
    await expect(chart.locator("svg.recharts-surface").first()).toBeVisible();
    await expect(page.getByTestId(`summary-${id}`)).not.toBeEmpty();
  }
  await expect(page.getByTestId("summary-volume")).toContainText("40 aduan pada tahun 2025");
  // For a screen reader the drawing is one image named by the same Indonesian summary; the table holds its figures.
  await expect(page.getByRole("img", { name: /40 aduan pada tahun 2025/ })).toHaveCount(1);
  const volume = page.getByTestId("chart-volume");
  await volume.getByText("Tampilkan tabel").click();
  await expect(volume.getByRole("table")).toBeVisible();
  await expect(volume.getByRole("row", { name: /Januari 2025/ })).toBeVisible();

  // The cases behind a figure: for leadership, counted by stage and OPD only.
  await page.getByTestId("figure-received").click();
  await expect(page).toHaveURL(/\/dasbor\/rincian\?tahun=2025/);
  await expect(page.getByTestId("drill-total")).toHaveText("40");
  await expect(page.getByTestId("drill-counts-only")).toBeVisible();
  await expect(page.getByTestId("drill-cases")).toHaveCount(0);
  await page.getByRole("link", { name: "← Kembali ke dasbor" }).click();
  await expect(page).toHaveURL(/\/dasbor\?tahun=2025$/);

  const xlsx = await download(page, "XLSX");
  expect(xlsx.name).toBe("aduan-2025.xlsx");
  const [sheet] = readXlsx(xlsx.bytes);
  expect(sheet!.name).toBe("Daftar aduan");
  expect(sheet!.rows[0]).toEqual(LEADERSHIP_HEADER);
  expect(sheet!.rows).toHaveLength(41);
  expect(sheet!.rows[1]![0]).toMatch(/^ADU\/2025\/\d{5}$/);

  const csv = await download(page, "CSV");
  expect(csv.name).toBe("aduan-2025.csv");
  const lines = csv.bytes
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");
  expect(lines[0]).toBe(LEADERSHIP_HEADER.join(","));
  expect(lines).toHaveLength(41);

  const recap = await download(page, "PDF");
  expect(recap.name).toBe("rekap-pengaduan-2025.pdf");
  expect(recap.bytes.subarray(0, 5).toString()).toBe("%PDF-");

  // Leadership never opens a case.
  const res = await page.goto(`/aduan/${caseId}`);
  expect(res?.status()).toBe(404);
});

test("the monthly recap downloads as XLSX with a row per month and the total", async ({ page }) => {
  expect(runSupport("dashboard-cases.ts", "2025", "40").split(" ")[0]).toBe("40");
  await signInOk(page, "pimpinan");
  await page.goto("/dasbor?tahun=2025");
  const links = page.getByTestId("dashboard-exports").getByRole("link", { name: "XLSX", exact: true });
  const [d] = (await Promise.all([page.waitForEvent("download"), links.nth(1).click()])) as [Download, void];
  expect(d.suggestedFilename()).toBe("rekap-pengaduan-2025.xlsx");
  const [sheet] = readXlsx(readFileSync((await d.path())!));
  expect(sheet!.rows[0]).toEqual([
    "Bulan",
    "Diterima",
    "Masyarakat",
    "Disposisi Bupati",
    "Lapak Aduan",
    "WBS",
    "Ditindaklanjuti",
    "Dalam 20 hari kerja",
    "Melewati batas, belum ditindaklanjuti",
    "% dalam 20 hari kerja dari yang jatuh tempo",
    "% dalam 20 hari kerja dari yang ditindaklanjuti",
    "Masih dalam proses",
  ]);
  expect(sheet!.rows.map((r) => r[0])).toEqual([
    "Bulan",
    ...["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"].map((m) => `${m} 2025`),
    "Jumlah",
  ]);
  expect(sheet!.rows.at(-1)![1]).toBe(40);
});

test("bad dashboard parameters get a message and an explained view, never an error page", async ({ page }) => {
  await signInOk(page, "pimpinan");
  let res = await page.goto("/dasbor?tahun=abc&sumber=TWITTER&opd=tidak-ada");
  expect(res?.status()).toBe(200);
  const notices = page.getByTestId("dashboard-notices");
  await expect(notices).toContainText('Tahun "abc" tidak valid');
  await expect(notices).toContainText('Sumber "TWITTER" tidak dikenal dan diabaikan.');
  await expect(notices).toContainText("OPD yang dipilih tidak ditemukan");

  res = await page.goto("/dasbor?tahun=2025&dari=2025-06-30&sampai=2025-06-01");
  expect(res?.status()).toBe(200);
  await expect(page.getByTestId("dashboard-notices")).toContainText("Tanggal akhir (1 Juni 2025) sebelum tanggal awal (30 Juni 2025); ditampilkan tahun 2025.");

  await page.goto("/dasbor?tahun=2024");
  await expect(page.getByTestId("dashboard-empty")).toContainText("Tidak ada aduan pada tahun 2024");
  await expect(page.getByTestId("summary-volume")).toHaveText("Tidak ada aduan pada tahun 2024.");

  const file = await page.request.get("/api/dasbor/ekspor?format=xlsx&tahun=20x5");
  expect(file.status()).toBe(400);
  expect(await file.text()).toContain("Filter tidak valid");
});

test("the Inspektur drills into a month and opens a case from the list", async ({ page }) => {
  expect(runSupport("dashboard-cases.ts", "2025", "40").split(" ")[0]).toBe("40");
  await signInOk(page, "inspektur");
  await page.goto("/dasbor?tahun=2025");
  const volume = page.getByTestId("chart-volume");
  await volume.getByText("Tampilkan tabel").click();
  const january = volume.getByRole("row", { name: /Januari 2025/ });
  const total = (await january.getByRole("cell").last().textContent())!.trim();
  await january.getByRole("cell").last().getByRole("link").click();
  await expect(page).toHaveURL(/\/dasbor\/rincian\?tahun=2025&bulan=2025-01$/);
  await expect(page.getByTestId("drill-total")).toHaveText(total);
  const rows = page.getByTestId("drill-cases").locator("tbody tr");
  await expect(rows).toHaveCount(Number(total));
  const first = rows.first().getByRole("link");
  const registerNumber = (await first.textContent())!.trim();
  await first.click();
  await expect(page).toHaveURL(/\/aduan\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(registerNumber).first()).toBeVisible();
});
