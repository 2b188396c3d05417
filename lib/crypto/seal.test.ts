import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { encryptionKey } from "@/lib/runtime/secrets";
import { keyIdOf, seal, unseal } from "./seal";

describe("seal", () => {
  const key = randomBytes(32);

  it("round-trips, and never stores the plaintext", () => {
    const s = seal('{"name":"Pelapor Rahasia"}', key);
    expect(Buffer.from(s.bytes).toString("utf8")).not.toContain("Pelapor");
    expect(unseal(s.bytes, s.keyId, key)).toBe('{"name":"Pelapor Rahasia"}');
    expect(seal("x", key).bytes).not.toEqual(seal("x", key).bytes); // a fresh IV each time
  });

  it("refuses tampered data and another key", () => {
    const s = seal("rahasia", key);
    const bad = new Uint8Array(s.bytes);
    bad[14]! ^= 1;
    expect(() => unseal(bad, s.keyId, key)).toThrow();
    expect(() => unseal(s.bytes, s.keyId, randomBytes(32))).toThrow(/another encryption key/);
  });

  it("reads the key from the environment as hex or base64", () => {
    const hex = key.toString("hex");
    expect(keyIdOf(encryptionKey({ SIPADU_ENCRYPTION_KEY: hex } as unknown as NodeJS.ProcessEnv))).toBe(keyIdOf(key));
    expect(keyIdOf(encryptionKey({ SIPADU_ENCRYPTION_KEY: key.toString("base64url") } as unknown as NodeJS.ProcessEnv))).toBe(keyIdOf(key));
    expect(() => encryptionKey({ SIPADU_ENCRYPTION_KEY: "pendek" } as unknown as NodeJS.ProcessEnv)).toThrow(/32 bytes/);
  });
});
