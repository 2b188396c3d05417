// Two-step sign-in in the browser: the demo admin's code step (with the demo
// hint), wrong and replayed codes refused; a new admin forced to set it up
// before working, recovery codes that work once, and the admin's reset.
import { DEMO_PASSWORD, expect, signIn, signInOk, test } from "./fixtures";
import { freshCode, freshDemoCode } from "./support/demo-code";

test("the demo admin is asked for a code after the password; a wrong or replayed code is refused", async ({ page, browser }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL!;
  await page.goto("/masuk");
  await page.getByLabel("NIP atau nama pengguna").fill("admin");
  await page.getByLabel("Kata sandi", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  const code = page.getByLabel("Kode verifikasi");
  await expect(code).toBeFocused();
  await expect(page.getByTestId("code-step")).toContainText("Masukkan kode 6 angka");
  // Only on a demo installation: a code of the published demo secret that works now — or, when the earlier
  // browser tests already used every code of this moment for the account, how long to wait for the next.
  await expect(page.getByTestId("demo-code")).toContainText(/\d{6}|kode berikutnya muncul dalam \d+ detik/);

  const good = await freshDemoCode(baseURL, "admin");
  await code.fill(good === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "Verifikasi" }).click();
  await expect(page.getByText("Kode verifikasi salah atau sudah dipakai")).toBeVisible();
  await expect(page).toHaveURL(/\/masuk/);

  await code.fill(good);
  await page.getByRole("button", { name: "Verifikasi" }).click();
  await expect(page).toHaveURL(/\/admin\/pengguna$/);

  // Someone who watched the code being typed cannot use it again.
  const other = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "10.210.0.1" } });
  const thief = await other.newPage();
  await thief.goto("/masuk");
  await thief.getByLabel("NIP atau nama pengguna").fill("admin");
  await thief.getByLabel("Kata sandi", { exact: true }).fill(DEMO_PASSWORD);
  await thief.getByRole("button", { name: "Masuk" }).click();
  await thief.getByLabel("Kode verifikasi").fill(good);
  await thief.getByRole("button", { name: "Verifikasi" }).click();
  await expect(thief.getByText("Kode verifikasi salah atau sudah dipakai")).toBeVisible();
  await other.close();
});

test("a new admin must set up two-step sign-in before working; recovery codes work once; an admin can reset it", async ({ page, browser }, testInfo) => {
  test.setTimeout(120_000);
  const baseURL = testInfo.project.use.baseURL!;
  const username = `uji.dua.${Date.now().toString(36)}`;
  await signInOk(page, "admin");
  await page.goto("/admin/pengguna/baru");
  await page.getByLabel("Nama lengkap dengan gelar").fill("Dwi Langkah, S.Kom.");
  await page.getByLabel("Nama pengguna").fill(username);
  await page.getByLabel("Jabatan").fill("Pranata Komputer");
  await page.getByLabel("Peran di SIPADU").selectOption("ADMIN");
  await page.getByRole("button", { name: "Buat pengguna" }).click();
  await expect(page.getByTestId("form-ok")).toContainText("Pengguna dibuat");
  const oneTime = (await page.getByTestId("one-time-password").textContent())!.trim();
  await page.getByRole("link", { name: "Buka halaman pengguna" }).click();
  await expect(page.getByTestId("two-factor-state")).toContainText("wajib untuk peran ini");
  const userPage = page.url();

  const other = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "10.210.0.2" } });
  const tab = await other.newPage();
  await signIn(tab, username, oneTime);
  await tab.getByLabel("Kata sandi saat ini").fill(oneTime);
  await tab.getByLabel(/^Kata sandi baru/).fill("dua langkah lebih aman");
  await tab.getByLabel("Ulangi kata sandi baru").fill("dua langkah lebih aman");
  await tab.getByRole("button", { name: "Ganti kata sandi" }).click();
  await expect(tab.getByTestId("reason")).toContainText("Kata sandi berhasil diubah");
  await signIn(tab, username, "dua langkah lebih aman");

  // Nothing else opens until it is set up.
  await expect(tab).toHaveURL(/\/akun\/dua-langkah\?wajib=1/);
  await expect(tab.getByTestId("must-enroll")).toBeVisible();
  await tab.goto("/admin/opd");
  await expect(tab).toHaveURL(/\/akun\/dua-langkah\?wajib=1/);
  // Downloads are closed too: no session that may work yet (an enrolled admin would get "not found").
  expect((await tab.request.get("/api/lampiran/tidak-ada")).status()).toBe(401);

  await tab.getByRole("button", { name: "Siapkan verifikasi dua langkah" }).click();
  await expect(tab.getByRole("img", { name: "Kode QR untuk aplikasi autentikator" })).toBeVisible();
  const secret = (await tab.getByTestId("two-factor-secret").textContent())!.replace(/\s/g, "");
  await tab.getByLabel("Kode dari aplikasi autentikator").fill("12345");
  await tab.getByRole("button", { name: "Aktifkan" }).click();
  await expect(tab.getByText("Kode terdiri dari 6 angka.")).toBeVisible();
  await tab.getByLabel("Kode dari aplikasi autentikator").fill(await freshCode(secret, baseURL, username));
  await tab.getByRole("button", { name: "Aktifkan" }).click();
  const codes = tab.getByTestId("recovery-codes").getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recovery = (await codes.first().textContent())!;

  await tab.goto("/admin/opd");
  await expect(tab.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(tab).toHaveURL(/\/admin\/opd$/);

  // Signing in again: a recovery code instead of the phone, once.
  await tab.getByRole("button", { name: "Keluar" }).click();
  await expect(tab.getByTestId("reason")).toHaveText("Anda telah keluar dari SIPADU.");
  await signIn(tab, username, "dua langkah lebih aman");
  await tab.getByLabel("Kode verifikasi").fill(recovery);
  await tab.getByRole("button", { name: "Verifikasi" }).click();
  await expect(tab).not.toHaveURL(/\/masuk/);
  await tab.getByRole("button", { name: "Keluar" }).click();
  await expect(tab.getByTestId("reason")).toHaveText("Anda telah keluar dari SIPADU.");
  await signIn(tab, username, "dua langkah lebih aman");
  await tab.getByLabel("Kode verifikasi").fill(recovery);
  await tab.getByRole("button", { name: "Verifikasi" }).click();
  await expect(tab.getByText("Kode verifikasi salah atau sudah dipakai")).toBeVisible();
  await tab.getByLabel("Kode verifikasi").fill(await freshCode(secret, baseURL, username));
  await tab.getByRole("button", { name: "Verifikasi" }).click();
  await expect(tab).not.toHaveURL(/\/masuk/);
  await tab.goto("/akun/dua-langkah");
  await expect(tab.getByTestId("two-factor-on")).toContainText("Sisa kode pemulihan: 9 dari 10");

  // The phone is lost: the first admin resets it, after confirming; the user's session ends.
  await page.goto(userPage);
  await expect(page.getByTestId("two-factor-state")).toContainText("Aktif sejak");
  await page.getByRole("button", { name: "Atur ulang verifikasi dua langkah" }).click();
  const dialog = page.getByRole("dialog", { name: "Atur ulang verifikasi dua langkah?" });
  await dialog.getByRole("button", { name: "Ya, atur ulang" }).click();
  await expect(page.getByTestId("page-message")).toContainText("Verifikasi dua langkah diatur ulang");

  await tab.reload();
  await expect(tab).toHaveURL(/\/masuk/);
  await signIn(tab, username, "dua langkah lebih aman");
  await expect(tab).toHaveURL(/\/akun\/dua-langkah\?wajib=1/);

  // Tidy up: the extra admin is deactivated.
  await page.getByRole("button", { name: "Nonaktifkan pengguna" }).click();
  await page.getByRole("dialog", { name: "Nonaktifkan pengguna?" }).getByRole("button", { name: "Ya, nonaktifkan" }).click();
  await expect(page.getByTestId("page-message")).toContainText("dinonaktifkan");
  await other.close();
});
