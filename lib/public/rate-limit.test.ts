import { beforeEach, describe, expect, it } from "vitest";
import { LIMITS, MAX_CLIENTS, allow, clientKey, rememberedClients, resetRateLimits } from "./rate-limit";

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

  it("remembers at most MAX_CLIENTS clients under a flood of addresses, forgetting the longest unseen first", () => {
    const t = 5_000_000;
    const regular = clientKey("192.0.2.10");
    for (let i = 0; i < 30; i++) allow("lacak", regular, t);
    for (let i = 0; i < MAX_CLIENTS + 500; i++) {
      allow("lacak", `banjir-${i}`, t + 1 + i / 1000);
      // The regular client keeps coming back, so it is never the one forgotten.
      if (i % 1000 === 0) expect(allow("lacak", regular, t + 1 + i / 1000)).toBe(false);
    }
    expect(rememberedClients()).toBeLessThanOrEqual(MAX_CLIENTS);
    expect(allow("lacak", regular, t + 100)).toBe(false);
    // The first flooding addresses were forgotten: they start afresh.
    for (let i = 0; i < 30; i++) expect(allow("lacak", "banjir-0", t + 100)).toBe(true);
  });

  it("forgets clients idle for longer than every window", () => {
    const t = 9_000_000;
    for (let i = 0; i <= MAX_CLIENTS; i++) allow("lapor", `lama-${i}`, t);
    const later = t + LIMITS.lapor.windowMs + 1;
    allow("lapor", "baru", later);
    for (let i = 0; i < 10; i++) allow("lapor", `baru-${i}`, later);
    expect(rememberedClients()).toBeLessThanOrEqual(MAX_CLIENTS);
    expect(rememberedClients()).toBeLessThan(100);
  });
});
