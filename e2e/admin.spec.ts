import { expect, signIn, signInOk, test } from "./fixtures";

test("an admin creates a user with a one-time password SIPADU makes, which must be changed; deactivation ends the user's open session", async ({
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
  // The admin chooses no password: there is no field for one.
  await expect(page.getByLabel(/Kata sandi/)).toHaveCount(0);
  await page.getByRole("button", { name: "Buat pengguna" }).click();
  await expect(page.getByTestId("form-error")).toContainText("Periksa kembali");
  const nip = page.getByLabel("NIP");
  await expect(nip).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("8 angka pertama NIP harus tanggal lahir yang benar")).toBeVisible();
  // What was typed is still there.
  await expect(page.getByLabel("Nama pengguna")).toHaveValue(username);

  await nip.fill("19851230 201001 2 001");
  await page.getByRole("button", { name: "Buat pengguna" }).click();
  await expect(page.getByTestId("form-ok")).toContainText("Pengguna dibuat");
  const oneTime = (await page.getByTestId("one-time-password").textContent())!.trim();
  expect(oneTime).toMatch(/^[2-9A-Z]{4}(-[2-9A-Z]{4}){3}$/);
  await page.getByRole("link", { name: "Buka halaman pengguna" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sari Uji, S.H.");
  const userPage = page.url();

  // The new user signs in elsewhere and must change the password first.
  const other = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    extraHTTPHeaders: { "x-forwarded-for": "10.200.0.1" },
  });
  const userTab = await other.newPage();
  await signIn(userTab, username, oneTime);
  await expect(userTab).toHaveURL(/\/akun\?wajib=1/);
  await expect(userTab.getByTestId("must-change")).toBeVisible();
  await userTab.getByLabel("Kata sandi saat ini").fill(oneTime);
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

test("an INSPEKTUR account the admin makes is usable only once the active Inspektur approves it, who hands over its password", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const username = `insp.${Date.now().toString(36)}`;
  await signInOk(page, "admin");
  await page.goto("/admin/pengguna/baru");
  await page.getByLabel("Nama lengkap dengan gelar").fill("Calon Inspektur, S.H.");
  await page.getByLabel("Nama pengguna").fill(username);
  await page.getByLabel("Jabatan").fill("Inspektur Daerah");
  await page.getByLabel("Peran di SIPADU").selectOption("INSPEKTUR");
  await page.getByRole("button", { name: "Buat pengguna" }).click();
  await expect(page.getByTestId("form-ok")).toContainText("menunggu persetujuan Inspektur");
  // The admin is given nothing to sign in with.
  await expect(page.getByTestId("one-time-password")).toHaveCount(0);
  await page.getByRole("link", { name: "Buka halaman pengguna" }).click();
  await expect(page.getByTestId("awaiting-approval")).toContainText("Pemberian peran Inspektur Daerah");
  // Asking for a new password only adds a request for the Inspektur.
  await page.getByRole("button", { name: "Minta kata sandi baru" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Ya, minta persetujuan" }).click();
  await expect(page.getByTestId("form-ok")).toContainText("Permintaan disampaikan kepada Inspektur");
  await expect(page.getByTestId("one-time-password")).toHaveCount(0);

  // The Inspektur decides, and receives the one-time password.
  const inspekturContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL, extraHTTPHeaders: { "x-forwarded-for": "10.201.0.1" } });
  const inspektur = await inspekturContext.newPage();
  await signInOk(inspektur, "inspektur");
  await inspektur.getByRole("link", { name: "Persetujuan Akun" }).click();
  const request = inspektur.getByTestId("approval-request").filter({ hasText: username }).filter({ hasText: "Pemberian peran" });
  await request.getByRole("button", { name: "Setujui" }).click();
  const dialog = inspektur.getByRole("dialog");
  await expect(dialog.getByRole("button", { name: "Batal" })).toBeFocused();
  await dialog.getByRole("button", { name: "Ya, setujui" }).click();
  const code = (await inspektur.getByTestId("one-time-password").textContent())!.trim();
  await inspekturContext.close();

  // The new Inspektur signs in with it, must change it, and must set up two-step sign-in.
  const own = await browser.newContext({ baseURL: testInfo.project.use.baseURL, extraHTTPHeaders: { "x-forwarded-for": "10.201.0.2" } });
  const tab = await own.newPage();
  await signIn(tab, username, code);
  await expect(tab).toHaveURL(/\/akun\?wajib=1/);
  await own.close();
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
