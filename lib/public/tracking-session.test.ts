import { describe, expect, it } from "vitest";
import { TRACKING_TTL_S, caseOfToken, trackingToken } from "./tracking-session";

describe("tracking session", () => {
  const secret = "rahasia-uji-yang-cukup-panjang-untuk-hmac";
  it("opens the case it names until it expires", () => {
    const t = trackingToken("ckaseid123", 1_000_000, secret);
    expect(caseOfToken(t, 1_000_000, secret)).toBe("ckaseid123");
    expect(caseOfToken(t, 1_000_000 + TRACKING_TTL_S * 1000 + 1000, secret)).toBeNull();
  });
  it("refuses a forged or altered token", () => {
    const t = trackingToken("ckaseid123", 1_000_000, secret);
    expect(caseOfToken(t.replace("ckaseid123", "ckaselain1"), 1_000_000, secret)).toBeNull();
    expect(caseOfToken(t, 1_000_000, "kunci-lain-kunci-lain-kunci-lain-123")).toBeNull();
    expect(caseOfToken("a.b", 1_000_000, secret)).toBeNull();
    expect(caseOfToken(undefined, 1_000_000, secret)).toBeNull();
  });
});
