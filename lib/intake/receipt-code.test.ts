import { describe, expect, it } from "vitest";
import { hashReceiptCode, newReceiptCode, normaliseReceiptCode } from "./receipt-code";

describe("receipt codes", () => {
  it("are six readable groups of four, at least 112 random bits, and differ every time", () => {
    const codes = new Set(Array.from({ length: 1000 }, newReceiptCode));
    expect(codes.size).toBe(1000);
    for (const c of [...codes].slice(0, 20)) expect(c).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(24 * Math.log2(32)).toBeGreaterThanOrEqual(112);
  });

  it("match however the complainant types them", () => {
    const code = "7KQM-2XTB-9RFD-HC4N-W8JP-A3VE";
    expect(hashReceiptCode("7kqm 2xtb 9rfd hc4n w8jp a3ve")).toBe(hashReceiptCode(code));
    expect(hashReceiptCode("7KQM2XTB9RFDHC4NW8JPA3VE")).toBe(hashReceiptCode(code));
    expect(normaliseReceiptCode("0000-0000-0000-0000-0000-000O")).toBe("0".repeat(24));
  });

  it("refuse what is not a code", () => {
    expect(normaliseReceiptCode("ABC")).toBeNull();
    expect(normaliseReceiptCode("UUUU-UUUU-UUUU-UUUU-UUUU-UUUU")).toBeNull();
    expect(() => hashReceiptCode("x")).toThrow();
  });
});
