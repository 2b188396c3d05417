// Shared by the browser tests. Each test comes from its own client address
// (X-Forwarded-For), so the per-client sign-in throttle of one test never
// blocks another; sign-in goes through the real form.
import { test as base, expect, type Page } from "@playwright/test";
import { DEMO_TWO_FACTOR_LOGINS, freshDemoCode } from "./support/demo-code";

let counter = 0;

export const test = base.extend({
  extraHTTPHeaders: async ({}, use, testInfo) => {
    counter += 1;
    await use({ "x-forwarded-for": `10.${testInfo.workerIndex % 250}.${Math.floor(counter / 250)}.${counter % 250}` });
  },
});

export { expect };

export const DEMO_PASSWORD = "sipadu-demo";

export async function signIn(page: Page, login: string, password = DEMO_PASSWORD) {
  await page.goto("/masuk");
  await page.getByLabel("NIP atau nama pengguna").fill(login);
  await page.getByLabel("Kata sandi", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  if (DEMO_TWO_FACTOR_LOGINS.has(login)) await secondStep(page, login);
}

/** The demo inspektur and admin sign in with two steps: the code field appears once the password is right. */
export async function secondStep(page: Page, login: string) {
  const field = page.getByLabel("Kode verifikasi");
  await expect(field.or(page.getByTestId("sign-in-error"))).toBeVisible();
  if (!(await field.isVisible())) return;
  await field.fill(await freshDemoCode(new URL(page.url()).origin, login));
  await page.getByRole("button", { name: "Verifikasi" }).click();
}

export async function signInOk(page: Page, login: string, password = DEMO_PASSWORD) {
  await signIn(page, login, password);
  await expect(page).not.toHaveURL(/\/masuk/);
}
