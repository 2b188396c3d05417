import { expect, signInOk, test } from "./fixtures";

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
