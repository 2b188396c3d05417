import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signature, verifySignature } from "./hmac";

describe("HMAC signatures", () => {
  const body = '{"ticketId":"LA-1"}';
  it("matches a known HMAC-SHA256", () => {
    // The same as: printf '%s' "$body" | openssl dgst -sha256 -hmac rahasia
    expect(signature("rahasia", body)).toBe(`sha256=${createHmac("sha256", "rahasia").update(body).digest("hex")}`);
    expect(signature("rahasia", body)).toMatch(/^sha256=[0-9a-f]{64}$/);
  });
  it("accepts the right signature only", () => {
    const sig = signature("rahasia", body);
    expect(verifySignature("rahasia", body, sig)).toBe(true);
    expect(verifySignature("rahasia", body, sig.toUpperCase().replace("SHA256", "sha256"))).toBe(true);
    expect(verifySignature("lain", body, sig)).toBe(false);
    expect(verifySignature("rahasia", body + " ", sig)).toBe(false);
    expect(verifySignature("rahasia", body, null)).toBe(false);
    expect(verifySignature("rahasia", body, "md5=abc")).toBe(false);
  });
});
