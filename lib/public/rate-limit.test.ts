import { beforeEach, describe, expect, it } from "vitest";
import { LIMITS, allow, clientKey, resetRateLimits } from "./rate-limit";

beforeEach(() => resetRateLimits());

describe("public rate limits", () => {
  it("allows 10 submissions an hour and refuses the 11th, per client", () => {
    const a = clientKey("203.0.113.1");
    const t = 1_000_000;
    for (let i = 0; i < 10; i++) expect(allow("lapor", a, t + i)).toBe(true);
    expect(allow("lapor", a, t + 10)).toBe(false);
    expect(allow("lapor", clientKey("203.0.113.2"), t + 10)).toBe(true);
    expect(allow("lapor", a, t + LIMITS.lapor.windowMs + 1)).toBe(true);
  });

  it("keeps no client address, only a salted hash", () => {
    expect(clientKey("203.0.113.1")).not.toContain("203");
    expect(clientKey("203.0.113.1")).toBe(clientKey("203.0.113.1"));
  });

  it("allows 30 lookups per 10 minutes", () => {
    const k = clientKey("198.51.100.7");
    for (let i = 0; i < 30; i++) expect(allow("lacak", k, i)).toBe(true);
    expect(allow("lacak", k, 31)).toBe(false);
  });
});
