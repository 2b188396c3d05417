import { describe, expect, it } from "vitest";
import { base32Decode, base32Encode, hotp, matchStep, otpauthUri, stepAt, totp } from "./totp";

// RFC 6238 appendix B (SHA-1): the 20-byte ASCII secret "12345678901234567890".
const RFC_SECRET = new TextEncoder().encode("12345678901234567890");

describe("TOTP (RFC 6238)", () => {
  it("gives the RFC's test values", () => {
    const vectors: [number, string][] = [
      [59, "94287082"],
      [1111111109, "07081804"],
      [1111111111, "14050471"],
      [1234567890, "89005924"],
      [2000000000, "69279037"],
      [20000000000, "65353130"],
    ];
    for (const [seconds, code] of vectors) expect(totp(RFC_SECRET, new Date(seconds * 1000), 8)).toBe(code);
    // RFC 4226 appendix D: HOTP of counters 0 and 9.
    expect(hotp(RFC_SECRET, 0)).toBe("755224");
    expect(hotp(RFC_SECRET, 9)).toBe("520489");
  });

  it("encodes base32 as authenticator apps read it", () => {
    expect(base32Encode(new TextEncoder().encode("foobar"))).toBe("MZXW6YTBOI");
    expect(new TextDecoder().decode(base32Decode("mzxw 6ytb-oi=="))).toBe("foobar");
    expect(base32Decode(base32Encode(RFC_SECRET))).toEqual(RFC_SECRET);
    expect(() => base32Decode("1!")).toThrow();
  });

  it("accepts a code of the current step or a neighbour, once; nothing older, nothing malformed", () => {
    const now = new Date(1_800_000_000_000);
    const step = stepAt(now);
    const code = totp(RFC_SECRET, now);
    expect(matchStep(RFC_SECRET, code, now, null)).toBe(step);
    expect(matchStep(RFC_SECRET, ` ${code.slice(0, 3)} ${code.slice(3)} `, now, null)).toBe(step);
    // Used once: the same code again is refused.
    expect(matchStep(RFC_SECRET, code, now, step)).toBeNull();
    // A phone 30 s behind or ahead still works.
    expect(matchStep(RFC_SECRET, hotp(RFC_SECRET, step - 1), now, null)).toBe(step - 1);
    expect(matchStep(RFC_SECRET, hotp(RFC_SECRET, step + 1), now, step)).toBe(step + 1);
    // Two steps away, wrong, or not six digits: refused.
    expect(matchStep(RFC_SECRET, hotp(RFC_SECRET, step - 2), now, null)).toBeNull();
    expect(matchStep(RFC_SECRET, "000000" === code ? "111111" : "000000", now, null)).toBeNull();
    expect(matchStep(RFC_SECRET, "12345", now, null)).toBeNull();
    expect(matchStep(RFC_SECRET, "abcdef", now, null)).toBeNull();
  });

  it("writes the otpauth URI authenticator apps scan", () => {
    expect(otpauthUri(RFC_SECRET, "inspektur")).toBe(
      "otpauth://totp/SIPADU%20Inspektorat%20Banyumas%3Ainspektur?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=SIPADU+Inspektorat+Banyumas&algorithm=SHA1&digits=6&period=30",
    );
  });
});
