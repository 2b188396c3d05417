import { describe, expect, it } from "vitest";
import { ARGON2_OPTIONS, DEMO_PASSWORD, demoPasswordsAllowed, hashPassword, newPasswordSchema, verifyPassword } from "./password";

describe("passwords", () => {
  it("hashes with argon2id at OWASP's minimum cost or above", async () => {
    expect(ARGON2_OPTIONS.memoryCost).toBeGreaterThanOrEqual(19456);
    expect(ARGON2_OPTIONS.timeCost).toBeGreaterThanOrEqual(2);
    const h = await hashPassword("kalimat sandi yang panjang");
    expect(h).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(h, "kalimat sandi yang panjang")).toBe(true);
    expect(await verifyPassword(h, "kalimat sandi yang salah")).toBe(false);
  });

  it("refuses more than 128 characters before hashing", async () => {
    await expect(hashPassword("x".repeat(129))).rejects.toThrow();
    expect(await verifyPassword("$argon2id$whatever", "x".repeat(129))).toBe(false);
  });

  it("allows demo passwords outside production, or with the explicit flag", () => {
    expect(demoPasswordsAllowed({ NODE_ENV: "development" })).toBe(true);
    expect(demoPasswordsAllowed({ NODE_ENV: "production" })).toBe(false);
    expect(demoPasswordsAllowed({ NODE_ENV: "production", SIPADU_ALLOW_DEMO_PASSWORDS: "1" })).toBe(true);
    expect(demoPasswordsAllowed({ NODE_ENV: "development", SIPADU_ALLOW_DEMO_PASSWORDS: "0" })).toBe(false);
  });

  it("sets rules for new passwords", () => {
    expect(newPasswordSchema.safeParse("pendek").success).toBe(false);
    expect(newPasswordSchema.safeParse(DEMO_PASSWORD).success).toBe(false);
    expect(newPasswordSchema.safeParse("x".repeat(129)).success).toBe(false);
    expect(newPasswordSchema.safeParse("sawah hijau di banyumas").success).toBe(true);
  });
});
