// The portal's look (issue 17, part 3): the header carries the coat of arms of the letter settings and the
// Inspektorat's name; a case page and the dashboard print without navigation, forms or filters, with every
// section of the case open, folded or not.
import { expect, signInOk, test } from "./fixtures";
import { runSupport } from "./support/run";

test("the header shows the coat of arms from the letter settings and the Inspektorat's name", async ({ page }) => {
  await page.goto("/");
  const brand = page.getByRole("banner").getByRole("link", { name: /SIPADU/ });
  await expect(brand).toContainText("Inspektorat Kabupaten Banyumas");
  const arms = brand.locator("img");
  await expect(arms).toHaveAttribute("src", "/api/lambang");
  // Drawn, not a broken image: the browser decoded what the server sent.
  await expect.poll(() => arms.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
});

test("a case page prints without navigation and forms, every section open", async ({ page }) => {
  const registerNumber = runSupport("new-case.ts");
  expect(runSupport("advance-case.ts", registerNumber, "3")).toBe("DI_INSPEKTUR");
  await signInOk(page, "pengaduan");
  await page.goto(`/aduan?tampil=semua&q=${encodeURIComponent(registerNumber)}`);
  await page.getByRole("link", { name: registerNumber }).click();
  // A reader folds a section on screen; the printed summary still has it.
  await page.getByRole("button", { name: "Lampiran", exact: true }).click();
  await expect(page.locator("#lampiran").locator("xpath=..").locator(".section-body")).toBeHidden();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Bagian halaman" })).toBeHidden();
  for (const body of await page.locator(".section-body").all()) await expect(body).toBeVisible();
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
});

test("the dashboard prints without its filter and download links", async ({ page }) => {
  await signInOk(page, "pimpinan");
  await page.goto("/dasbor");
  await expect(page.getByTestId("dashboard-filters")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("dashboard-filters")).toBeHidden();
  await expect(page.getByTestId("dashboard-exports")).toBeHidden();
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
