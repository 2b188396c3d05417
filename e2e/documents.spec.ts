// Official letters in the browser: the Inspektur signs the SPT and downloads
// it as PDF and DOCX; anyone can check it on /verifikasi — the code, and the
// file itself byte for byte; the admin's letter settings refuse bad input.
import { readFileSync, writeFileSync } from "node:fs";
import type { Download, Page } from "@playwright/test";
import { expect, signInOk, test } from "./fixtures";
import { qrCodesInDocx, qrCodesInPdf } from "../tests/qr";
import { runSupport } from "./support/run";

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [d] = (await Promise.all([page.waitForEvent("download"), click()])) as [Download, void];
  return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
}

test("the Inspektur signs the SPT; its PDF and DOCX download, and /verifikasi tells the genuine file from a changed one", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const registerNumber = runSupport("new-case.ts");
  expect(runSupport("advance-case.ts", registerNumber, "8")).toBe("SPT_DRAFT");

  await signInOk(page, "inspektur");
  await page.goto("/aduan");
  await page.getByRole("link", { name: registerNumber }).click();
  const spt = page.getByTestId("document-SPT");
  await expect(spt).toContainText("draf");
  const draft = await download(page, () => spt.getByRole("link", { name: "PDF" }).click());
  expect(draft.name).toBe("SPT-DRAF.pdf");
  expect(draft.bytes.subarray(0, 5).toString()).toBe("%PDF-");

  await page.getByRole("button", { name: "Tandatangani SPT", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: /^Ya,/ }).click();
  await expect(page.getByTestId("step-done")).toContainText("Langkah 8 tersimpan");
  await expect(spt).toContainText(/Nomor 700\.1\.2\/\d+\/\d{4}/);
  await expect(spt).toContainText("ditandatangani");
  const number = (await spt.textContent())!.match(/Nomor (700\.1\.2\/\d+\/\d{4})/)![1]!;

  const pdf = await download(page, () => spt.getByRole("link", { name: "PDF" }).click());
  const docx = await download(page, () => spt.getByRole("link", { name: "DOCX" }).click());
  expect(pdf.name).toBe(`SPT-${number.replaceAll("/", "-")}.pdf`);
  expect(docx.name).toBe(`SPT-${number.replaceAll("/", "-")}.docx`);
  expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-");
  expect(docx.bytes.subarray(0, 2).toString()).toBe("PK");

  // The QR code printed on the PDF (and the DOCX) leads to the public verification page.
  const code = (await spt.getByTestId("verification-link").textContent())!.trim();
  const target = `${testInfo.project.use.baseURL}/verifikasi/${code}`;
  expect(await qrCodesInPdf(pdf.bytes)).toEqual([target]);
  expect(qrCodesInDocx(docx.bytes)).toEqual([target]);
  const reader = await browser.newPage({ baseURL: testInfo.project.use.baseURL, extraHTTPHeaders: { "x-forwarded-for": "10.88.0.1" } });
  await reader.goto(target);
  await expect(reader.getByTestId("verification")).toContainText("ASLI.");
  // Or the code typed by hand, in any case, from a reader without an account.
  await reader.goto("/verifikasi");
  await reader.getByLabel(/Kode verifikasi/).fill(code.toLowerCase());
  await reader.getByRole("button", { name: "Periksa" }).click();
  await expect(reader).toHaveURL(new RegExp(`/verifikasi/${code}$`));
  await expect(reader.getByTestId("verification")).toContainText("ASLI.");
  await expect(reader.getByTestId("verified-number")).toHaveText(number);
  await expect(reader.getByText("INSPEKTUR DAERAH KABUPATEN BANYUMAS", { exact: false })).toBeVisible();
  // What an auditee checks: the team and the period; and the PDF's electronic signature, marked as demo.
  await expect(reader.getByTestId("spt-team")).not.toBeEmpty();
  await expect(reader.getByTestId("spt-period")).toContainText(" s.d. ");
  await expect(reader.getByTestId("sig-signer").first()).toHaveText("BAMBANG WIDODO");
  await expect(reader.getByTestId("sig-demo").first()).toContainText("SERTIFIKAT DEMO");
  await expect(reader.getByTestId("sig-intact").first()).toContainText("Utuh");

  const original = testInfo.outputPath("spt.pdf");
  writeFileSync(original, pdf.bytes);
  await reader.getByLabel("Periksa berkas yang Anda terima").setInputFiles(original);
  await reader.getByRole("button", { name: "Periksa berkas", exact: true }).click();
  await expect(reader.getByTestId("file-check")).toHaveText("ASLI: berkas ini sama persis dengan PDF yang ditandatangani.");
  const uploaded = reader.getByTestId("signature-facts").last();
  await expect(uploaded.getByTestId("sig-signer")).toHaveText("BAMBANG WIDODO");
  await expect(uploaded.getByTestId("sig-intact")).toContainText("Utuh");

  const changed = Buffer.from(pdf.bytes);
  changed.writeUInt8(changed.readUInt8(changed.length - 20) ^ 1, changed.length - 20);
  const forged = testInfo.outputPath("spt-diubah.pdf");
  writeFileSync(forged, changed);
  await reader.getByLabel("Periksa berkas yang Anda terima").setInputFiles(forged);
  await reader.getByRole("button", { name: "Periksa berkas", exact: true }).click();
  await expect(reader.getByTestId("file-check")).toHaveText("TIDAK ASLI: berkas ini berbeda dari dokumen yang ditandatangani.");
  await expect(reader.getByTestId("signature-facts").last().getByTestId("sig-intact")).toContainText("RUSAK");

  const docxFile = testInfo.outputPath("spt.docx");
  writeFileSync(docxFile, docx.bytes);
  await reader.getByLabel("Periksa berkas yang Anda terima").setInputFiles(docxFile);
  await reader.getByRole("button", { name: "Periksa berkas", exact: true }).click();
  await expect(reader.getByTestId("file-check")).toContainText(
    "ASLI: berkas ini sama persis dengan DOCX yang ditandatangani. DOCX adalah salinan yang dapat disunting",
  );

  // A code no one issued.
  await reader.goto("/verifikasi/ABCDEFGHJKLMNPQR");
  await expect(reader.getByTestId("verification")).toContainText("TIDAK DIKENAL.");
  await reader.close();
});

test("the letter settings refuse a numbering pattern without {seq} and a coat of arms that is no image", async ({ page }) => {
  await signInOk(page, "admin");
  await page.goto("/admin/surat");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pengaturan surat");
  // Before anyone signs: the admin sees whether the server can sign for the Inspektur, and what the SPT still lacks.
  await expect(page.getByTestId("tte-status")).toContainText("Mode DEMO");
  await expect(page.getByTestId("tte-status")).toContainText("Sertifikat atas nama BAMBANG WIDODO");
  await expect(page.getByTestId("perbup-missing")).toBeVisible();
  const pattern = page.getByLabel("SPT (wajib)", { exact: true });
  await expect(pattern).toHaveValue("700.1.2/{seq}/{year}");
  await pattern.fill("700.1.2/{year}");
  await page.getByRole("button", { name: "Simpan pengaturan" }).click();
  await expect(page.getByText("Pola nomor harus memuat {seq} (nomor urut).")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("SPT (wajib)", { exact: true })).toHaveValue("700.1.2/{seq}/{year}");

  await page.getByLabel("Ganti lambang daerah").setInputFiles({ name: "lambang.png", mimeType: "image/png", buffer: Buffer.from("%PDF-1.4 bukan gambar") });
  await page.getByRole("button", { name: "Unggah lambang" }).click();
  await expect(page.getByText("Lambang harus gambar PNG atau JPEG.")).toBeVisible();
});
