// On a phone (390 px wide): the complaint team's list of cases shows each case
// as a stacked row, its status and due date in view without scrolling sideways,
// and the page itself is no wider than the screen.
import { expect, signInOk, test } from "./fixtures";
import { runSupport } from "./support/run";

test.use({ viewport: { width: 390, height: 844 } });

test("the inbox on a phone: each case's status and due date in view, nothing wider than the screen", async ({ page }) => {
  const registerNumber = runSupport("new-case.ts");
  await signInOk(page, "pengaduan");
  await page.goto("/aduan?tampil=semua");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: registerNumber }) });
  await expect(row).toBeVisible();
  // Cells: register number, title, source and OPD (hidden on a phone), status, due date.
  const status = row.locator("td").nth(4);
  const due = row.locator("td").nth(5);
  await expect(status).toHaveText("Diterima");
  await expect(due).toContainText(/\d+ \w+ \d{4}/);
  // Each visible value says which column it is, since the header row is not shown.
  const label = (cell: typeof due) => cell.evaluate((el) => getComputedStyle(el, "::before").content);
  expect(await label(status)).toBe('"Status: "');
  expect(await label(due)).toBe('"Batas waktu: "');
  await expect(row.locator("td").nth(2)).toBeHidden();
  await expect(row.getByRole("cell")).toHaveCount(4);
  for (const box of [await row.boundingBox(), await due.boundingBox()]) {
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // The table is still a table to assistive technology, with its column headers.
  await expect(page.getByRole("table", { name: "Daftar aduan" }).getByRole("columnheader")).toHaveText(["Nomor register", "Perihal", "Status", "Batas waktu"]);
});

test("public pages on a phone are no wider than the screen; the staff menu shows every item", async ({ page }) => {
  for (const url of ["/", "/lapor", "/wbs", "/lacak", "/masuk"]) {
    await page.goto(url);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(390);
  }
  // The admin has the longest menu. On a phone it waits behind the "Menu" button; opened, every item is on
  // the screen, none behind a sideways scroll; a choice folds it again.
  await signInOk(page, "admin");
  const toggle = page.getByRole("button", { name: "Menu" });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("navigation", { name: "Menu utama" })).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const links = page.getByRole("navigation", { name: "Menu utama" }).getByRole("link");
  await expect(links).toHaveText(["Pengguna", "OPD", "Hari Libur", "Target Langkah", "Surat", "Lapak Aduan", "Kotak Keluar", "Akun Saya"]);
  for (const link of await links.all()) {
    const box = (await link.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await links.filter({ hasText: "Hari Libur" }).click();
  await expect(page).toHaveURL(/\/admin\/hari-libur/);
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
});

test("radio buttons and check boxes sit on the first line of their label, on a phone and a desktop", async ({ page }) => {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1366, height: 800 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto("/lapor");
    // The middle of each box against the middle of the first line of the text beside it.
    const offsets = await page.locator(".checkbox").evaluateAll((rows) =>
      rows.map((row) => {
        const input = row.querySelector("input")!.getBoundingClientRect();
        const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.textContent!.trim() ? 1 : 3) });
        const range = document.createRange();
        range.selectNodeContents(walker.nextNode()!);
        const line = range.getClientRects()[0]!;
        return Math.abs(input.top + input.height / 2 - (line.top + line.height / 2));
      }),
    );
    expect(offsets.length, "boxes on /lapor").toBeGreaterThanOrEqual(4);
    for (const offset of offsets) expect(offset, `at ${viewport.width}px`).toBeLessThanOrEqual(3);
  }
});
