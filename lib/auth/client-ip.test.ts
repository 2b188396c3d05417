import { describe, expect, it } from "vitest";
import { clientIpFrom } from "./client-ip";

describe("clientIpFrom", () => {
  it("takes the address the nearest proxy (or Next.js itself) added", () => {
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "10.0.0.1, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientIpFrom({ "x-forwarded-for": "::1" })).toBe("::1");
  });
  it("stores nothing but address characters", () => {
    expect(clientIpFrom({ "x-forwarded-for": "<script>1.2.3.4" })).toBe("c1.2.3.4");
    expect(clientIpFrom({})).toBe("tidak-diketahui");
  });
});
