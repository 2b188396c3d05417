import { expect, test } from "./fixtures";

test("the health check names the embedded SQLite database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", database: "sqlite" });
  expect(res.headers()["cache-control"]).toContain("no-store");
});
