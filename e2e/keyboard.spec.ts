// Keyboard only (issue 17, part 4): a citizen files a complaint at /lapor and
// confirms it at /lacak with Tab, arrows, Space and Enter — never the mouse and
// never Playwright's fill/click, which would reach a field the keyboard cannot.
// Each field is reached by tabbing in page order from the one before it, so a
// field out of the tab order, or focus lost on the way, fails the test.
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { runSupport } from "./support/run";

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { back = false, max = 40 } = {}) {
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  expect(await isFocused(target), `${target} reached by ${back ? "Shift+Tab" : "Tab"} within ${max} presses`).toBe(true);
}

async function typeInto(page: Page, target: Locator, text: string) {
  await tabTo(page, target);
  await page.keyboard.type(text);
  await expect(target).toHaveValue(text);
}

test("a citizen files a complaint at /lapor and confirms it at /lacak with the keyboard alone", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/lapor");
  // From the top of the page: the skip link comes first and leads into the content.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Langsung ke isi" })).toBeFocused();
  await page.keyboard.press("Enter");

  await typeInto(page, page.getByLabel(/^Nama/), "Sari Papan Ketik");
  await typeInto(page, page.getByLabel("Telepon / WhatsApp"), "081366677788");
  await typeInto(page, page.getByLabel(/^Perihal/), "Pungutan surat pindah di kelurahan");
  await typeInto(page, page.getByLabel(/^Apa yang terjadi/), "Petugas meminta uang untuk surat pindah yang seharusnya gratis.");
  await typeInto(page, page.getByLabel("Siapa yang dilaporkan"), "Petugas pelayanan");
  // A closed select takes the option's first letters (type-ahead), as a keyboard user picks it.
  const opd = page.getByLabel("OPD terlapor");
  await tabTo(page, opd);
  await page.keyboard.type("Dinas Kesehatan");
  await expect(opd.locator("option:checked")).toHaveText("Dinas Kesehatan");
  await typeInto(page, page.getByLabel(/^Di mana/), "Kelurahan Sokanegara");
  await typeInto(page, page.getByLabel(/^Kapan/), "Senin lalu");
  const consent = page.getByRole("checkbox", { name: /pemberitahuan privasi/ });
  await tabTo(page, consent);
  await page.keyboard.press("Space");
  await expect(consent).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Kirim aduan" }));
  await page.keyboard.press("Enter");

  await expect(page.getByTestId("receipt")).toBeVisible();
  const registerNumber = (await page.getByTestId("register-number").textContent())!.trim();
  const code = (await page.getByTestId("receipt-code").textContent())!.trim();

  // On to the tracking page by its link on the receipt.
  await tabTo(page, page.getByRole("link", { name: "Lacak aduan" }).last(), { max: 80 });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/lacak$/);
  await typeInto(page, page.getByLabel(/^Kode tanda terima/), code);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("public-stage")).toHaveText("Aduan diterima");

  // The staff take their steps (walked in the browser in workflow.spec.ts).
  expect(runSupport("advance-case.ts", registerNumber, "12")).toBe("MENUNGGU_KONFIRMASI");
  await page.reload();
  const panel = page.getByTestId("confirm-panel");
  await expect(panel).toBeVisible();
  // "Ya, selesai" is chosen already; Tab enters the satisfaction scale at 1 and the arrows move to 5.
  await tabTo(page, panel.getByRole("radio", { name: "Ya, selesai" }), { max: 80 });
  await page.keyboard.press("Tab");
  await expect(panel.getByRole("radio", { name: "1", exact: true })).toBeFocused();
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
  await expect(panel.getByRole("radio", { name: "5", exact: true })).toBeChecked();
  await typeInto(page, panel.getByLabel("Komentar"), "Sudah dikembalikan, terima kasih.");
  await tabTo(page, panel.getByRole("button", { name: "Kirim konfirmasi" }));
  await page.keyboard.press("Enter");
  // The dialog asks first, with the focus on "Batal"; the confirming button is one Shift+Tab before it.
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("button", { name: "Batal" })).toBeFocused();
  await tabTo(page, dialog.getByRole("button", { name: "Ya, kirim" }), { back: true, max: 3 });
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("public-stage")).toHaveText("Selesai");
});
