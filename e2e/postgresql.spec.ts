import { readFileSync } from "node:fs";
import type { Download } from "@playwright/test";
import { expect, signInOk, test } from "./fixtures";
import { runSupportOn } from "./support/run";

// The same build on PostgreSQL (DATABASE_URL=postgresql://…).
test("the health check names PostgreSQL", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", database: "postgresql" });
});

test("a demo account signs in on PostgreSQL", async ({ page }) => {
  await signInOk(page, "inspektur");
  await expect(page.getByTestId("role")).toHaveText("Inspektur Daerah");
  await expect(page.getByTestId("inbox-empty").or(page.getByTestId("inbox-table"))).toBeVisible();
});

test("the dashboard's figures and export on PostgreSQL", async ({ page }) => {
  expect(runSupportOn("postgresql", "dashboard-cases.ts", "2025", "25").split(" ")[0]).toBe("25");
  await signInOk(page, "pimpinan");
  await page.goto("/dasbor?tahun=2025");
  await expect(page.getByTestId("figure-received").locator(".figure")).toHaveText("25");
  await expect(page.getByTestId("chart-volume").locator("svg.recharts-surface").first()).toBeVisible();
  const [d] = (await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("dashboard-exports").getByRole("link", { name: "CSV", exact: true }).first().click(),
  ])) as [Download, void];
  expect(
    readFileSync((await d.path())!, "utf8")
      .trimEnd()
      .split("\r\n"),
  ).toHaveLength(26);
});
