// Shared by the browser tests. Each test comes from its own client address
// (X-Forwarded-For), so the per-client sign-in throttle of one test never
// blocks another; sign-in goes through the real form.
import { test as base, expect, type Browser, type Cookie, type Page } from "@playwright/test";
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

// The demo inspektur's and admin's sessions, per server: each of their sign-ins spends a one-time code, and the
// codes come one per 30 seconds, so signing them in afresh for every test would leave the suite waiting for the
// clock. A test that needs one of them signed in gets the session signed in before (checked: a session that has
// ended is signed in again); the tests of signing in itself call signIn, which always goes through the form.
const sessions = new Map<string, Cookie[]>();

export async function signInOk(page: Page, login: string, password = DEMO_PASSWORD) {
  const reuse = password === DEMO_PASSWORD && DEMO_TWO_FACTOR_LOGINS.has(login);
  const key = `${test.info().project.use.baseURL}|${login}`;
  const saved = reuse ? sessions.get(key) : undefined;
  if (saved) {
    await page.context().addCookies(saved);
    // A signed-in visitor is sent on from the sign-in page to their first page, as after signing in.
    await page.goto("/masuk");
    if (!new URL(page.url()).pathname.startsWith("/masuk")) return;
    sessions.delete(key);
    await page.context().clearCookies();
  }
  await signIn(page, login, password);
  await expect(page).not.toHaveURL(/\/masuk/);
  if (reuse) sessions.set(key, await page.context().cookies());
}

/** A signed-in page per demo user, each in its own browser context (its own cookies and client address `10.<net>.0.n`). */
export function people(browser: Browser, baseURL: string, net = 77) {
  const pages = new Map<string, Page>();
  let n = 0;
  return async (login: string) => {
    let page = pages.get(login);
    if (!page) {
      const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": `10.${net}.0.${++n}` } });
      page = await context.newPage();
      await signInOk(page, login);
      pages.set(login, page);
    }
    return page;
  };
}
