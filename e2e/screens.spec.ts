// Small things users see: one <main> on every "not found", charts that read
// in Indonesian to a screen reader, an outbox that says what an empty filter
// means and shows the admin no case content.
import { expect, signInOk, test } from "./fixtures";

test("a page that is not there has one main landmark, in the public part and the staff part", async ({ page }) => {
  for (const url of ["/tidak-ada-halaman-ini", "/verifikasi/BUKANKODE"]) {
    await page.goto(url);
    await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" }).or(page.getByRole("heading", { level: 1 }))).toBeVisible();
    await expect(page.locator("main"), url).toHaveCount(1);
  }
  await signInOk(page, "pengaduan");
  const res = await page.goto("/aduan/tidak-ada");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  await expect(page.locator("main")).toHaveCount(1);
});

test("the dashboard's charts are read by their Indonesian summaries, not recharts' English labels", async ({ page }) => {
  await signInOk(page, "pimpinan");
  await page.goto("/dasbor?tahun=2026");
  await expect(page.getByTestId("dashboard-figures").or(page.getByTestId("dashboard-empty"))).toBeVisible();
  const tree = await page.locator("main").ariaSnapshot();
  expect(tree).not.toMatch(/legend icon/i);
});

test("the outbox as the admin: no case content, and each filter says what its empty list means", async ({ page }) => {
  await signInOk(page, "admin");
  await page.goto("/kotak-keluar");
  await expect(page.getByTestId("outbox-no-content")).toBeVisible();
  await page.goto("/kotak-keluar?status=GAGAL");
  const empty = page.getByTestId("outbox-empty");
  if (await empty.isVisible()) {
    await expect(empty).toContainText("Tidak ada pesan yang gagal");
    // The browser tests' server has no SMTP: the e-mails wait, they have not failed.
    await expect(empty).toContainText("SMTP belum dikonfigurasi");
    await expect(empty).not.toContainText("Semua pesan telah terkirim");
  }
});
