// The benchmark's empty route answers only on a server the benchmark started.
import { afterEach, expect, it } from "vitest";
import { GET } from "./route";

afterEach(() => {
  delete process.env.SIPADU_BENCH_ROUTES;
});

it("is not found unless the benchmark started the server", async () => {
  delete process.env.SIPADU_BENCH_ROUTES;
  expect(GET().status).toBe(404);
  process.env.SIPADU_BENCH_ROUTES = "1";
  const res = GET();
  expect(res.status).toBe(200);
  expect(await res.text()).toBe("ok");
});
