// One complaint through all twelve steps in the browser, by the demo users.
import { test as base, type Page, type TestInfo } from "@playwright/test";
import { expect, people, test } from "./fixtures";
import { runSupport } from "./support/run";

async function submitStep(page: Page, button: string, stepNumber: number | string, done?: string) {
  await page.getByRole("button", { name: button, exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  // Focus waits on "Batal": Enter twice never confirms a step by accident.
  await expect(dialog.getByRole("button", { name: "Batal" })).toBeFocused();
  // The label keeps its acronyms and titles: "Ya, tandatangani SPT", "Ya, teruskan ke Inspektur".
  await dialog.getByRole("button", { name: `Ya, ${button.charAt(0).toLowerCase()}${button.slice(1)}`, exact: true }).click();
  await expect(page.getByTestId("step-done")).toContainText(`Langkah ${stepNumber} tersimpan${done ? `: ${done}` : ""}`);
}

/**
 * The step's actor sees the step's first field on the first screen, on a desktop and on a phone (issue 17); a
 * screenshot of each is kept with the test's results. Back to Playwright's default size afterwards.
 */
async function firstFieldOnFirstScreen(page: Page, testInfo: TestInfo, step: string) {
  for (const [device, size] of [
    ["desktop", { width: 1366, height: 800 }],
    ["ponsel", { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(size);
    await page.evaluate(() => window.scrollTo(0, 0));
    const first = page.getByTestId("my-step").locator("input:not([type=hidden]), select, textarea, button").first();
    await expect(first, `langkah ${step}, ${device}`).toBeVisible();
    // Its top and its first lines on the screen: a six-line message may run past the fold, the field may not.
    const box = (await first.boundingBox())!;
    expect(box.y, `langkah ${step}, ${device}: atas kolom pertama`).toBeGreaterThanOrEqual(0);
    expect(box.y + Math.min(box.height, 72), `langkah ${step}, ${device}: kolom pertama terlihat`).toBeLessThanOrEqual(size.height);
    const file = testInfo.outputPath(`langkah-${step}-${device}.png`);
    await page.screenshot({ path: file });
    await testInfo.attach(`langkah-${step}-${device}`, { path: file, contentType: "image/png" });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

base.describe.configure({ mode: "serial" });

test("a complaint travels from receipt to SELESAI through the twelve steps", async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const as = people(browser, testInfo.project.use.baseURL!);

  // Step 1: the complaint team registers a letter.
  const pengaduan = await as("pengaduan");
  await pengaduan.goto("/aduan/baru");
  await pengaduan.getByLabel(/^Diterima melalui/).selectOption("SURAT");
  await pengaduan.getByLabel(/^Perihal/).fill("Pungutan liar pembuatan KTP di Kecamatan Banyumas");
  await pengaduan.getByLabel(/^Apa yang terjadi/).fill("Petugas meminta Rp50.000 untuk mempercepat pembuatan KTP elektronik.");
  await pengaduan.getByLabel("OPD terlapor").selectOption({ label: "Kecamatan Banyumas (Irban Wilayah I)" });
  await pengaduan.getByLabel("Siapa yang dilaporkan").fill("Petugas loket kecamatan");
  await pengaduan.getByLabel(/^Nama/).fill("Siti Pelapor");
  await pengaduan.getByLabel("Telepon").fill("081298765432");
  await pengaduan.getByLabel("Lampiran").setInputFiles({ name: "kuitansi.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
  await pengaduan.getByRole("button", { name: "Catat aduan" }).click();
  const receipt = pengaduan.getByTestId("receipt");
  await expect(receipt).toBeVisible();
  const registerNumber = (await pengaduan.getByTestId("register-number").textContent())!.trim();
  expect(registerNumber).toMatch(/^ADU\/\d{4}\/\d{5}$/);
  await expect(pengaduan.getByTestId("receipt-code")).toHaveText(/^([0-9A-Z]{4}-){5}[0-9A-Z]{4}$/);
  await receipt.getByRole("link", { name: "Buka aduan" }).click();
  await expect(pengaduan).toHaveURL(/\/aduan\/c[a-z0-9]{20,}$/);
  const caseUrl = new URL(pengaduan.url()).pathname;
  await expect(pengaduan.getByRole("region", { name: "Lampiran", exact: true }).getByText("kuitansi.pdf")).toBeVisible();

  // Step 2.
  await firstFieldOnFirstScreen(pengaduan, testInfo, "2");
  await pengaduan.getByLabel(/^Catatan pengantar/).fill("Mohon arahan untuk aduan pungutan KTP.");
  await submitStep(pengaduan, "Teruskan ke Inspektur", 2);

  // Step 3: the Inspektur finds it in the inbox and orders the review.
  const inspektur = await as("inspektur");
  await inspektur.goto("/aduan");
  await inspektur.getByRole("link", { name: registerNumber }).click();
  await firstFieldOnFirstScreen(inspektur, testInfo, "3");
  await inspektur.getByLabel("Dewi Kartika Sari, S.H.").check();
  await inspektur.getByLabel("Arahan").fill("Telaah dalam dua hari.");
  await submitStep(inspektur, "Perintahkan penelaahan", 3);

  // Step 4: the quick assessment.
  const penelaah = await as("penelaah");
  await penelaah.goto(caseUrl);
  await firstFieldOnFirstScreen(penelaah, testInfo, "4");
  for (const group of await penelaah.getByRole("group", { name: /^(Unsur 5W|Bukti awal|Termasuk kewenangan|Ada indikasi|Tidak sedang ditangani)/ }).all()) {
    await group.getByLabel("Memenuhi", { exact: true }).check();
  }
  await penelaah.getByRole("group", { name: "Sifat aduan" }).getByLabel("Berkadar pengawasan", { exact: true }).check();
  await penelaah.getByLabel(/^Ringkasan telaah/).fill("Aduan lengkap, ada indikasi pungutan liar.");
  await penelaah.getByRole("group", { name: "Rekomendasi tindak lanjut" }).getByLabel("Klarifikasi").check();
  await submitStep(penelaah, "Kirim hasil kaji cepat", 4);

  // Step 5: the Irban of the OPD's wilayah is suggested.
  await inspektur.goto(caseUrl);
  await firstFieldOnFirstScreen(inspektur, testInfo, "5");
  await expect(inspektur.getByLabel("Irban (wajib)", { exact: true })).toHaveValue(/.+/);
  await expect(inspektur.getByLabel("Irban (wajib)", { exact: true }).locator("option:checked")).toContainText("Agus Priyanto");
  await expect(inspektur.getByRole("group", { name: "Jenis tindak lanjut" }).getByLabel("Klarifikasi")).toBeChecked();
  await submitStep(inspektur, "Disposisikan", 5, "Inspektur mendisposisikan kepada Irban.");

  // Step 6: the Irban draws up the team: the auditor as Ketua Tim.
  const irban1 = await as("irban1");
  await irban1.goto(caseUrl);
  await firstFieldOnFirstScreen(irban1, testInfo, "6");
  await irban1.getByLabel(/^Tujuan/).fill("Memperoleh kejelasan dugaan pungutan pada layanan KTP.");
  await irban1.getByLabel("Anggota 3", { exact: true }).selectOption({ label: "Yusuf Hidayat, S.Ak. — Auditor Ahli Pertama (19940308 201903 1 011)" });
  // Each row's role says whose it is.
  await irban1.getByLabel("Jabatan anggota 3 dalam tim").selectOption("KETUA_TIM");
  await submitStep(irban1, "Kirim rencana tim", 6, "rencana tim disampaikan kepada Kasubag Perencanaan.");

  // Step 7 and 8: the SPT is drafted and signed.
  const perencanaan = await as("perencanaan");
  await perencanaan.goto(caseUrl);
  await firstFieldOnFirstScreen(perencanaan, testInfo, "7");
  await expect(perencanaan.getByLabel(/^Untuk/)).toHaveValue(/klarifikasi atas pengaduan masyarakat Nomor/);
  await submitStep(perencanaan, "Kirim draf SPT", 7);
  await inspektur.goto(caseUrl);
  await expect(inspektur.getByTestId("spt-draft")).toBeVisible();
  await firstFieldOnFirstScreen(inspektur, testInfo, "8");
  // The confirmation says what is being signed.
  await inspektur.getByRole("button", { name: "Tandatangani SPT", exact: true }).click();
  await expect(inspektur.getByRole("dialog").getByTestId("signing-what")).toContainText(/SPT atas aduan ADU\/\d{4}\/\d{5} \(Pungutan liar pembuatan KTP/);
  await inspektur.getByRole("dialog").getByRole("button", { name: "Batal" }).click();
  await submitStep(inspektur, "Tandatangani SPT", 8);
  await expect(inspektur.getByTestId("documents")).toContainText("Nomor 700.1.2/");

  // Step 9.
  await perencanaan.goto(caseUrl);
  await firstFieldOnFirstScreen(perencanaan, testInfo, "9");
  await perencanaan.getByRole("checkbox", { name: /SPT telah disampaikan/ }).check();
  await submitStep(perencanaan, "Catat penyampaian SPT", 9);

  // Step 10: the auditor named in the SPT records a finding and the report, then submits.
  const auditor = await as("auditor1");
  await auditor.goto(caseUrl);
  await firstFieldOnFirstScreen(auditor, testInfo, "10");
  await auditor.getByLabel(/^Catatan kerja baru/).fill("Wawancara petugas loket, 10.00 WIB.");
  await auditor.getByRole("button", { name: "Simpan catatan" }).click();
  await expect(auditor.getByTestId("form-ok")).toHaveText("Catatan kerja disimpan.");
  await expect(auditor.getByText("Wawancara petugas loket, 10.00 WIB.")).toBeVisible();
  await auditor.getByLabel(/^Dugaan \/ pokok aduan/).fill("Pungutan Rp50.000 untuk KTP elektronik");
  await auditor.getByLabel("Fakta / kondisi").fill("Petugas mengakui menerima uang tanpa dasar.");
  await auditor.getByLabel("Simpulan atas dugaan ini").selectOption("TERBUKTI");
  await auditor.getByRole("textbox", { name: "Rekomendasi", exact: true }).fill("Camat membina petugas loket dan mengembalikan pungutan.");
  await auditor.getByRole("button", { name: "Tambah temuan" }).click();
  await expect(auditor.getByTestId("finding")).toContainText("Terbukti");
  await auditor.getByLabel("Langkah klarifikasi").fill("Wawancara pelapor dan petugas; pemeriksaan kuitansi.");
  await auditor.getByRole("textbox", { name: "Simpulan", exact: true }).fill("Pungutan terbukti dan telah dihentikan.");
  await auditor.getByLabel("Kesimpulan klarifikasi").selectOption("SELESAI");
  await auditor.getByLabel("Saran").fill("Pembinaan petugas oleh Camat.");
  await auditor.getByRole("button", { name: "Simpan draf laporan" }).click();
  await expect(auditor.getByText("Draf laporan disimpan.")).toBeVisible();
  await auditor.reload();
  await expect(auditor.getByText("Laporan lengkap dan siap diserahkan.")).toBeVisible();
  await auditor.getByRole("checkbox", { name: /Laporan telah lengkap/ }).check();
  await submitStep(auditor, "Serahkan laporan", 10);

  // Step 10a: the report waits for the Inspektur — in the Inspektur's inbox, not the complaint team's.
  await pengaduan.goto(caseUrl);
  await expect(pengaduan.getByTestId("pending-step")).toContainText("Langkah 10a");
  await expect(pengaduan.getByTestId("pending-step")).toContainText("Inspektur Daerah");
  await pengaduan.goto("/aduan");
  await expect(pengaduan.getByRole("link", { name: registerNumber })).toHaveCount(0);
  await inspektur.goto("/aduan");
  await expect(inspektur.getByRole("row").filter({ has: inspektur.getByRole("link", { name: registerNumber }) })).toContainText("Menunggu persetujuan laporan");
  // Returned once with notes, which the team reads on its step; submitted again.
  await inspektur.goto(caseUrl);
  await firstFieldOnFirstScreen(inspektur, testInfo, "10a");
  await inspektur.getByRole("radio", { name: "Kembalikan kepada tim untuk diperbaiki" }).check();
  await inspektur.getByLabel(/^Catatan perbaikan/).fill("Lampirkan kuitansi pungutan pada temuan 1.");
  await submitStep(inspektur, "Kembalikan laporan", "10a", "Inspektur mengembalikan laporan hasil kepada tim untuk diperbaiki.");
  await auditor.goto(caseUrl);
  await expect(auditor.getByTestId("report-return-notes")).toContainText("Lampirkan kuitansi pungutan pada temuan 1.");
  await auditor.getByRole("checkbox", { name: /Laporan telah lengkap/ }).check();
  await submitStep(auditor, "Serahkan laporan", 10);
  // Approved: numbered and signed; the confirmation says what is signed.
  await inspektur.goto(caseUrl);
  await inspektur.getByRole("button", { name: "Setujui laporan", exact: true }).click();
  await expect(inspektur.getByRole("dialog").getByTestId("signing-what")).toContainText(`aduan ${registerNumber}`);
  await inspektur.getByRole("dialog").getByRole("button", { name: "Batal" }).click();
  await submitStep(inspektur, "Setujui laporan", "10a", "Inspektur menyetujui dan menandatangani laporan hasil.");
  await expect(inspektur.getByTestId("document-LAPORAN_HASIL_KLARIFIKASI")).toContainText(/Nomor 700\.1\.2\.1\/\d+\/\d{4} — ditandatangani/);
  // The approved report's recommendation is now a record the OPD's follow-up is tracked on.
  const recommendations = inspektur.getByTestId("recommendations");
  await expect(recommendations.getByRole("row")).toHaveCount(2);
  await expect(recommendations).toContainText("Camat membina petugas loket dan mengembalikan pungutan.");
  await expect(recommendations).toContainText("Belum ditindaklanjuti");
  // On a phone the rows stack: the recommendation reads across the screen, nothing scrolls sideways.
  const wide = inspektur.viewportSize()!;
  await inspektur.setViewportSize({ width: 390, height: 844 });
  expect((await recommendations.boundingBox())!.width).toBeLessThanOrEqual(390);
  expect(await inspektur.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await inspektur.setViewportSize(wide);

  // Step 11: the letter to the complainant is numbered and signed with it.
  await pengaduan.goto(caseUrl);
  await firstFieldOnFirstScreen(pengaduan, testInfo, "11");
  await expect(pengaduan.getByLabel(/^Pemberitahuan kepada pelapor/)).toHaveValue(/Pungutan terbukti/);
  await submitStep(pengaduan, "Kirim pemberitahuan", 11);
  await expect(pengaduan.getByTestId("document-SURAT_PEMBERITAHUAN_HASIL")).toContainText(/Nomor 700\.1\.2\.4\//);
  await expect(pengaduan.getByTestId("pending-step")).toContainText("Pelapor");

  // Step 12: the complainant confirms (through the domain function until the tracking page exists).
  const caseId = caseUrl.split("/").pop()!;
  expect(runSupport("confirm-case.ts", caseId)).toBe("SELESAI");

  await pengaduan.reload();
  await expect(pengaduan.getByTestId("case-status")).toHaveText("Selesai");
  const timeline = pengaduan.getByTestId("timeline");
  for (const code of ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "10a", "11", "12"]) await expect(timeline).toContainText(`Langkah ${code}:`);
  await pengaduan.screenshot({ path: testInfo.outputPath("aduan-selesai.png"), fullPage: true });
  await testInfo.attach("aduan-selesai", { path: testInfo.outputPath("aduan-selesai.png"), contentType: "image/png" });

  // Outside their scope, a case does not exist.
  const irban2 = await as("irban2");
  const res = await irban2.goto(caseUrl);
  expect(res?.status()).toBe(404);
});
