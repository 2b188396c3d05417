// The complainant's side in the browser: the public form, the receipt, the
// tracking page and the confirmation; and a whistleblower's protected identity.
import { readFileSync } from "node:fs";
import { expect, signInOk, test } from "./fixtures";
import { runSupport } from "./support/run";

test("a citizen files a complaint with an attachment, tracks it, and confirms it finished", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/");
  await page.getByRole("link", { name: "Laporkan aduan" }).first().click();
  await expect(page).toHaveURL(/\/lapor$/);

  // Essentials missing: told under the fields, nothing stored.
  await page.getByRole("button", { name: "Kirim aduan" }).click();
  await expect(page.getByTestId("form-error")).toBeVisible();
  await expect(page.getByText("Sebutkan di mana kejadiannya.")).toBeVisible();
  await expect(page.getByText("Setujui pemberitahuan privasi untuk mengirim aduan.")).toBeVisible();

  await page.getByLabel(/^Nama/).fill("Rina Warga");
  await page.getByLabel("Telepon / WhatsApp").fill("081355566677");
  await page.getByLabel(/^Perihal/).fill("Obat gratis puskesmas dijual");
  await page.getByLabel(/^Apa yang terjadi/).fill("Petugas apotek puskesmas menjual obat yang seharusnya gratis.");
  await page.getByLabel("Siapa yang dilaporkan").fill("Petugas apotek");
  await page.getByLabel("OPD terlapor").selectOption({ label: "Dinas Kesehatan" });
  await page.getByLabel(/^Di mana/).fill("Puskesmas Kembaran I");
  await page.getByLabel(/^Kapan/).fill("Minggu lalu");
  await page
    .getByLabel("Lampiran")
    .setInputFiles({ name: "struk.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) });
  await page.getByRole("checkbox", { name: /pemberitahuan privasi/ }).check();
  await page.getByRole("button", { name: "Kirim aduan" }).click();

  await expect(page.getByTestId("receipt")).toBeVisible();
  const registerNumber = (await page.getByTestId("register-number").textContent())!.trim();
  const code = (await page.getByTestId("receipt-code").textContent())!.trim();
  expect(code).toMatch(/^([0-9A-Z]{4}-){5}[0-9A-Z]{4}$/);
  // The code is never in a URL.
  expect(page.url()).not.toContain(code);
  // The receipt as a PDF, made on request from the code.
  const [receiptPdf] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Unduh tanda terima (PDF)" }).click()]);
  expect(receiptPdf.suggestedFilename()).toBe(`Tanda-Terima-${registerNumber.replaceAll("/", "-")}.pdf`);
  expect(
    readFileSync((await receiptPdf.path())!)
      .subarray(0, 5)
      .toString(),
  ).toBe("%PDF-");

  await page.getByRole("link", { name: "Lacak aduan" }).last().click();
  await page.getByLabel(/^Kode tanda terima/).fill(code.toLowerCase());
  await page.getByRole("button", { name: "Lacak" }).click();
  await expect(page.getByTestId("public-stage")).toHaveText("Aduan diterima");
  expect(page.url()).not.toContain(code.slice(0, 4));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Obat gratis puskesmas dijual");

  // The staff do their steps (walked in the browser in workflow.spec.ts).
  expect(runSupport("advance-case.ts", registerNumber, "12")).toBe("MENUNGGU_KONFIRMASI");

  await page.reload();
  await expect(page.getByTestId("public-stage")).toContainText("menunggu konfirmasi");
  await expect(page.getByTestId("public-messages")).toContainText("ditindaklanjuti");
  const panel = page.getByTestId("confirm-panel");
  await panel.getByRole("radio", { name: "5", exact: true }).check();
  await panel.getByLabel("Komentar").fill("Terima kasih, obat kini diberikan gratis.");
  await panel.getByRole("button", { name: "Kirim konfirmasi" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Ya, kirim" }).click();
  await expect(page.getByTestId("public-stage")).toHaveText("Selesai");
  await expect(page.getByTestId("confirm-panel")).toHaveCount(0);
});

test("a wrong receipt code is refused with a clear message", async ({ page }) => {
  await page.goto("/lacak");
  await page.getByLabel(/^Kode tanda terima/).fill("0000-0000-0000-0000-0000-0000");
  await page.getByRole("button", { name: "Lacak" }).click();
  await expect(page.getByText("Kode tanda terima tidak dikenal.").first()).toBeVisible();
});

test("a whistleblower's identity stays hidden from irban1 until the Inspektur approves", async ({ page, browser }, testInfo) => {
  test.setTimeout(120_000);
  await page.goto("/wbs");
  await page.getByLabel(/^Perihal/).fill("Pengaturan pemenang tender jalan");
  await page.getByLabel(/^Apa yang terjadi/).fill("Pemenang tender sudah ditentukan sebelum lelang dibuka.");
  await page.getByLabel("Siapa yang dilaporkan").fill("Pejabat pembuat komitmen");
  await page.getByLabel(/^Di mana/).fill("Kecamatan Banyumas");
  await page.getByLabel(/^Kapan/).fill("Oktober 2026");
  await page.getByLabel("OPD terlapor").selectOption({ label: "Kecamatan Banyumas" });
  await page.getByRole("checkbox", { name: "Saya bersedia memberikan identitas" }).check();
  await page.getByLabel(/^Nama/).fill("Saksi Kunci Rahasia");
  await page.getByLabel("Telepon").fill("081277788899");
  await page.getByRole("checkbox", { name: /pemberitahuan privasi/ }).check();
  await page.getByRole("button", { name: "Kirim laporan" }).click();
  const registerNumber = (await page.getByTestId("register-number").textContent())!.trim();

  expect(runSupport("advance-case.ts", registerNumber, "6")).toBe("DISPOSISI_IRBAN");

  const open = async (login: string, ip: string) => {
    const ctx = await browser.newContext({ baseURL: testInfo.project.use.baseURL, extraHTTPHeaders: { "x-forwarded-for": ip } });
    const p = await ctx.newPage();
    await signInOk(p, login);
    await p.goto("/aduan?tampil=semua");
    await p.getByRole("link", { name: registerNumber }).click();
    return p;
  };
  const irban = await open("irban1", "10.88.0.1");
  const section = irban.getByTestId("wbs-identity-section");
  await expect(section).toBeVisible();
  await expect(irban.getByText("Saksi Kunci Rahasia")).toHaveCount(0);
  await expect(section.getByRole("button", { name: "Lihat identitas pelapor" })).toHaveCount(0);
  await section.getByLabel(/^Alasan membuka identitas/).fill("Perlu keterangan langsung dari pelapor.");
  await section.getByRole("button", { name: "Ajukan permintaan" }).click();
  await expect(irban.getByTestId("identity-request-status")).toContainText("menunggu keputusan Inspektur");
  await expect(irban.getByText("Saksi Kunci Rahasia")).toHaveCount(0);

  const inspektur = await open("inspektur", "10.88.0.2");
  await inspektur.getByRole("button", { name: /^Setujui untuk/ }).click();
  await expect(inspektur.getByTestId("identity-decisions")).toContainText("disetujui");

  await irban.reload();
  await irban.getByRole("button", { name: "Lihat identitas pelapor" }).click();
  await irban.getByRole("dialog").getByRole("button", { name: "Ya, buka" }).click();
  await expect(irban.getByTestId("wbs-identity")).toContainText("Saksi Kunci Rahasia");
  await irban.reload();
  await expect(irban.getByTestId("timeline")).toContainText("Identitas pelapor WBS dilihat");
});
