import { expect, signIn, signInOk, test } from "./fixtures";

test("an admin creates a user, who must change the temporary password; deactivation ends the user's open session", async ({
  page,
  browser,
}, testInfo) => {
  const suffix = Date.now().toString(36);
  const username = `uji.${suffix}`;
  await signInOk(page, "admin");
  await page.getByRole("link", { name: "+ Tambah pengguna" }).click();

  // A malformed NIP: the message sits under the field and nothing is created.
  await page.getByLabel("Nama lengkap dengan gelar").fill("Sari Uji, S.H.");
  await page.getByLabel("Nama pengguna").fill(username);
  await page.getByLabel("NIP").fill("19851332 201001 2 001");
  await page.getByLabel("Jabatan").fill("Auditor Ahli Pertama");
  await page.getByLabel("Peran di SIPADU").selectOption("AUDITOR");
  await page.getByLabel("Kata sandi sementara").fill("sementara-saja-123");
  await page.getByRole("button", { name: "Buat pengguna" }).click();
  await expect(page.getByTestId("form-error")).toContainText("Periksa kembali");
  const nip = page.getByLabel("NIP");
  await expect(nip).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("8 angka pertama NIP harus tanggal lahir yang benar")).toBeVisible();
  // What was typed is still there.
  await expect(page.getByLabel("Nama pengguna")).toHaveValue(username);

  await nip.fill("19851230 201001 2 001");
  await page.getByLabel("Kata sandi sementara").fill("sementara-saja-123");
  await page.getByRole("button", { name: "Buat pengguna" }).click();
  await expect(page.getByTestId("page-message")).toContainText("Pengguna dibuat");
  const userPage = page.url();

  // The new user signs in elsewhere and must change the password first.
  const other = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    extraHTTPHeaders: { "x-forwarded-for": "10.200.0.1" },
  });
  const userTab = await other.newPage();
  await signIn(userTab, username, "sementara-saja-123");
  await expect(userTab).toHaveURL(/\/akun\?wajib=1/);
  await expect(userTab.getByTestId("must-change")).toBeVisible();
  await userTab.getByLabel("Kata sandi saat ini").fill("sementara-saja-123");
  await userTab.getByLabel(/^Kata sandi baru/).fill("sawah hijau baturraden");
  await userTab.getByLabel("Ulangi kata sandi baru").fill("sawah hijau baturraden");
  await userTab.getByRole("button", { name: "Ganti kata sandi" }).click();
  await expect(userTab.getByTestId("reason")).toContainText("Kata sandi berhasil diubah");
  await signInOk(userTab, username, "sawah hijau baturraden");
  await expect(userTab.getByRole("heading", { name: "Kotak masuk" })).toBeVisible();

  // The admin deactivates the user, confirming first.
  await page.goto(userPage);
  await page.getByRole("button", { name: "Nonaktifkan pengguna" }).click();
  const dialog = page.getByRole("dialog", { name: "Nonaktifkan pengguna?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Ya, nonaktifkan" }).click();
  await expect(page.getByTestId("page-message")).toContainText("dinonaktifkan");

  // The user's open session is over at the next request, and signing in is refused.
  await userTab.reload();
  await expect(userTab).toHaveURL(/\/masuk/);
  await expect(userTab.getByTestId("reason")).toContainText("Sesi Anda telah berakhir");
  await signIn(userTab, username, "sawah hijau baturraden");
  await expect(userTab.getByTestId("sign-in-error")).toHaveText("Akun Anda dinonaktifkan. Hubungi admin SIPADU.");
  await other.close();
});

test("an admin moves an OPD to another Irban wilayah", async ({ page }) => {
  await signInOk(page, "admin");
  await page.goto("/admin/opd?q=Dinas%20Perhubungan");
  await page.getByRole("link", { name: "Dinas Perhubungan" }).click();
  await page.getByLabel("Diawasi oleh Irban").selectOption("WILAYAH_II");
  await page.getByLabel("Pembagian wilayah sudah sesuai keputusan resmi").check();
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByTestId("page-message")).toHaveText("Perubahan OPD disimpan.");
  const row = page.getByRole("row", { name: /Dinas Perhubungan/ });
  await expect(row).toContainText("Wilayah II");
  await expect(row).not.toContainText("perkiraan");
});

test("an invalid URL filter is ignored with a notice", async ({ page }) => {
  await signInOk(page, "admin");
  await page.goto("/admin/pengguna?peran=RAJA");
  await expect(page.getByText("Sebagian penyaring pada alamat tidak valid dan diabaikan.")).toBeVisible();
  await expect(page.getByTestId("users-table")).toContainText("pengaduan");
});

test("an admin adds a local holiday, refused twice, and the due dates of open cases are recomputed", async ({ page }) => {
  await signInOk(page, "admin");
  await page.goto("/admin/hari-libur?tahun=2027");
  await expect(page.getByRole("heading", { name: /Kalender 2027/ })).toContainText("Belum ditetapkan");
  // A year with no days cannot be decreed.
  await page.getByLabel(/^Dasar penetapan/).fill("SKB uji");
  await page.getByRole("button", { name: "Tetapkan kalender 2027" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Ya, tetapkan" }).click();
  await expect(page.getByText("belum berisi hari libur").first()).toBeVisible();

  const form = page.locator("form", { has: page.getByRole("button", { name: "Tambah hari libur" }) });
  await form.getByLabel(/^Tanggal/).fill("2027-02-22");
  await form.getByLabel(/^Jenis/).selectOption("LIBUR_KHUSUS");
  await form.getByLabel(/^Nama/).fill("Hari Jadi Kabupaten (uji)");
  await form.getByRole("button", { name: "Tambah hari libur" }).click();
  await expect(page.getByTestId("holidays")).toContainText("Senin, 22 Februari 2027");
  await expect(page.getByText(/Batas waktu \d+ dari \d+ aduan terbuka dihitung ulang/)).toBeVisible();

  await form.getByLabel(/^Tanggal/).fill("2027-02-22");
  await form.getByLabel(/^Nama/).fill("Dobel");
  await form.getByRole("button", { name: "Tambah hari libur" }).click();
  await expect(page.getByText(/Tanggal ini sudah ada di kalender/).first()).toBeVisible();
});
