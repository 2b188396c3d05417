import { DEMO_PASSWORD, expect, secondStep, signIn, signInOk, test } from "./fixtures";

// What each demo account must see after signing in (lib/auth/navigation.ts).
const ROLES = [
  { login: "pengaduan", role: "Tim Pengaduan (Sekretariat)", nav: ["Kotak Masuk", "Catat Aduan", "Dasbor", "Kotak Keluar", "Akun Saya"], lands: /\/aduan$/ },
  { login: "inspektur", role: "Inspektur Daerah", nav: ["Kotak Masuk", "Tindak Lanjut", "Dasbor", "Persetujuan Akun", "Akun Saya"], lands: /\/aduan$/ },
  { login: "penelaah", role: "Tim Penelaah", nav: ["Kotak Masuk", "Dasbor", "Akun Saya"], lands: /\/aduan$/ },
  { login: "irban1", role: "Inspektur Pembantu (Irban)", nav: ["Kotak Masuk", "Tindak Lanjut", "Dasbor", "Akun Saya"], lands: /\/aduan$/ },
  { login: "irban2", role: "Inspektur Pembantu (Irban)", nav: ["Kotak Masuk", "Tindak Lanjut", "Dasbor", "Akun Saya"], lands: /\/aduan$/ },
  { login: "auditor1", role: "Auditor / P2UPD", nav: ["Kotak Masuk", "Dasbor", "Akun Saya"], lands: /\/aduan$/ },
  { login: "perencanaan", role: "Kasubag Perencanaan", nav: ["Kotak Masuk", "Dasbor", "Akun Saya"], lands: /\/aduan$/ },
  { login: "pimpinan", role: "Pimpinan Daerah", nav: ["Dasbor", "Akun Saya"], lands: /\/dasbor$/ },
  {
    login: "admin",
    role: "Administrator Sistem",
    nav: ["Pengguna", "OPD", "Hari Libur", "Target Langkah", "Surat", "Lapak Aduan", "Kotak Keluar", "Akun Saya"],
    lands: /\/admin\/pengguna$/,
  },
];

for (const r of ROLES) {
  test(`${r.login} signs in and sees the navigation and first page of ${r.role}`, async ({ page }) => {
    // Through the form every time (signInOk may reuse an earlier session of the two-step accounts).
    await signIn(page, r.login);
    await expect(page).toHaveURL(r.lands);
    await expect(page.getByTestId("role")).toHaveText(r.role);
    const nav = page.getByRole("navigation", { name: "Menu utama" });
    await expect(nav.getByRole("link")).toHaveText(r.nav);
    if (r.nav[0] === "Kotak Masuk") {
      await expect(page.getByRole("heading", { name: "Kotak masuk" })).toBeVisible();
      await expect(page.getByTestId("inbox-intro")).toContainText(r.role);
      // Either the cases waiting for this role, or an empty state that explains what will appear and when.
      const empty = page.getByTestId("inbox-empty");
      await expect(empty.or(page.getByTestId("inbox-table"))).toBeVisible();
      if (await empty.isVisible()) await expect(empty.getByRole("listitem").first()).toContainText("Langkah");
    } else if (r.login === "pimpinan") {
      // The figures, or on a database without complaints yet (this file run alone) the empty state.
      await expect(page.getByTestId("dashboard-figures").or(page.getByRole("heading", { name: /^Tidak ada aduan pada/ }))).toBeVisible();
    } else {
      await expect(page.getByTestId("users-table")).toContainText("pengaduan");
    }
  });
}

test("a wrong password is refused with a clear message", async ({ page }) => {
  await signIn(page, "pengaduan", "bukan-kata-sandinya");
  await expect(page.getByTestId("sign-in-error")).toHaveText("NIP/nama pengguna atau kata sandi salah.");
  await expect(page).toHaveURL(/\/masuk/);
});

test("empty fields get a message under each field", async ({ page }) => {
  await page.goto("/masuk");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByText("Isi NIP atau nama pengguna.")).toBeVisible();
  await expect(page.getByText("Isi kata sandi.")).toBeVisible();
  await expect(page.getByLabel("NIP atau nama pengguna")).toHaveAttribute("aria-invalid", "true");
});

// A login of its own: the account's throttle would otherwise hold a demo account for a minute, for other tests too.
test("the sixth wrong attempt within a minute is throttled", async ({ page }) => {
  const login = `tebak.${Date.now().toString(36)}`;
  for (let i = 1; i <= 5; i++) {
    await signIn(page, login, `salah-${i}`);
    await expect(page.getByTestId("sign-in-error")).toHaveText("NIP/nama pengguna atau kata sandi salah.");
  }
  await signIn(page, login, `salah-6`);
  await expect(page.getByTestId("sign-in-error")).toContainText("Terlalu banyak percobaan masuk yang gagal");
  await expect(page.getByTestId("sign-in-error")).toContainText(/Coba lagi dalam \d+ detik/);
});

test("signs in with the NIP too, and signs out; a copy of the old cookie no longer works", async ({ page, context }) => {
  await signInOk(page, "19850312 201001 2 003");
  await expect(page.getByTestId("role")).toHaveText("Tim Pengaduan (Sekretariat)");
  const cookies = await context.cookies();
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page.getByTestId("reason")).toHaveText("Anda telah keluar dari SIPADU.");
  await page.goto("/aduan");
  await expect(page).toHaveURL(/\/masuk\?kembali=%2Faduan/);

  // Replaying the session cookie from before the sign-out: the session has ended on the server.
  await context.addCookies(cookies);
  await page.goto("/aduan");
  await expect(page).toHaveURL(/\/masuk\?kembali=%2Faduan&alasan=sesi-berakhir/);
  await expect(page.getByTestId("reason")).toHaveText("Sesi Anda telah berakhir. Silakan masuk kembali.");
});

test("returns to the page asked for before signing in", async ({ page }) => {
  await page.goto("/admin/opd");
  await expect(page).toHaveURL(/\/masuk\?kembali=%2Fadmin%2Fopd/);
  await page.getByLabel("NIP atau nama pengguna").fill("admin");
  await page.getByLabel("Kata sandi", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await secondStep(page, "admin");
  await expect(page).toHaveURL(/\/admin\/opd$/);
  await expect(page.getByTestId("opd-table")).toContainText("Dinas Kesehatan");
});

test("leadership cannot open case pages or the inbox", async ({ page }) => {
  await signInOk(page, "pimpinan");
  const res = await page.goto("/aduan");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
});

test("the public landing page states the service and its contacts", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Pengaduan Masyarakat");
  await expect(page.getByText("20 hari kerja")).toBeVisible();
  const contacts = page.locator("section", { has: page.getByRole("heading", { name: "Pengaduan atas layanan ini" }) });
  await expect(contacts).toContainText("(0281) 630700");
  await expect(contacts).toContainText("(0281) 643789");
  await expect(contacts).toContainText("Inspektoratbms@gmail.com");
  await expect(contacts).toContainText("Jalan Prof. Dr. Soeharso No. 45 B Purwokerto 53114");
});
