// Uploads at and over the limits the forms announce (10 MB a file, 25 MB in
// all): within them the complaint arrives with its files; over them the
// message is under the field before anything is sent; and when an answer
// never comes, what was typed is still there.
import { expect, test } from "./fixtures";
import { runSupport } from "./support/run";
import { plainPdf } from "../tests/fixtures/files";

const MB = 1024 * 1024;
const pdfFile = (name: string, bytes: number) => ({ name, mimeType: "application/pdf", buffer: Buffer.from(plainPdf(bytes)) });

async function fillComplaint(page: import("@playwright/test").Page, title: string) {
  await page.goto("/lapor");
  await page.getByLabel(/^Nama/).fill("Sari Pengunggah");
  await page.getByLabel("Telepon / WhatsApp").fill("081355566688");
  await page.getByLabel(/^Perihal/).fill(title);
  await page.getByLabel(/^Apa yang terjadi/).fill("Uraian panjang yang tidak boleh hilang walau lampirannya terlalu besar.");
  await page.getByLabel("Siapa yang dilaporkan").fill("Petugas loket");
  await page.getByLabel(/^Di mana/).fill("Kantor Kecamatan");
  await page.getByLabel(/^Kapan/).fill("Pekan lalu");
  await page.getByRole("checkbox", { name: /pemberitahuan privasi/ }).check();
}

test("a file over 10 MB is refused under the field before upload; two 6 MB files arrive whole", async ({ page }) => {
  test.setTimeout(90_000);
  const title = `Lampiran besar ${Date.now()}`;
  await fillComplaint(page, title);
  const field = page.getByLabel("Lampiran");

  await field.setInputFiles(pdfFile("sebelas.pdf", 11 * MB));
  await expect(page.getByTestId("file-error-lampiran")).toHaveText("sebelas.pdf: lebih dari 10 MB.");
  const sent: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST") sent.push(r.url());
  });
  await page.getByRole("button", { name: "Kirim aduan" }).click();
  await expect(field).toBeFocused();
  expect(sent).toEqual([]);
  await expect(page.getByLabel(/^Perihal/)).toHaveValue(title);

  // Exactly at the per-file limit: allowed.
  await field.setInputFiles(pdfFile("sepuluh.pdf", 10 * MB));
  await expect(page.getByTestId("file-error-lampiran")).toHaveCount(0);
  // Within the limits and the total: both stored, byte for byte.
  await field.setInputFiles([pdfFile("enam-a.pdf", 6 * MB), pdfFile("enam-b.pdf", 6 * MB)]);
  await expect(page.getByTestId("file-error-lampiran")).toHaveCount(0);
  await page.getByRole("button", { name: "Kirim aduan" }).click();
  await expect(page.getByTestId("receipt")).toBeVisible({ timeout: 30_000 });
  const sizes = runSupport("attachment-sizes.ts", title).split(",").map(Number);
  expect(sizes).toEqual([6 * MB, 6 * MB]);

  // Three files of 9 MB: each allowed, the 27 MB together are not.
  await fillComplaint(page, `${title} lagi`);
  await page.getByLabel("Lampiran").setInputFiles([pdfFile("a.pdf", 9 * MB), pdfFile("b.pdf", 9 * MB), pdfFile("c.pdf", 9 * MB)]);
  await expect(page.getByTestId("file-error-lampiran")).toHaveText("Ukuran semua berkas paling banyak 25 MB.");
});

test("when the server's answer never comes, the form keeps what was typed and says so", async ({ page }) => {
  const title = `Tanpa jawaban ${Date.now()}`;
  await fillComplaint(page, title);
  // A proxy in front refusing the request, as one with a smaller body limit would.
  await page.route("**/lapor", async (route) => {
    if (route.request().method() === "POST") await route.fulfill({ status: 413, contentType: "text/html", body: "<h1>413 Request Entity Too Large</h1>" });
    else await route.continue();
  });
  await page.getByRole("button", { name: "Kirim aduan" }).click();
  await expect(page.getByTestId("form-error")).toContainText("Isian belum terkirim");
  await expect(page.getByLabel(/^Perihal/)).toHaveValue(title);
  await expect(page.getByLabel(/^Apa yang terjadi/)).toHaveValue(/tidak boleh hilang/);
  await expect(page.getByLabel(/^Nama/)).toHaveValue("Sari Pengunggah");
  expect(runSupport("count-cases.ts", title)).toBe("0");
});
