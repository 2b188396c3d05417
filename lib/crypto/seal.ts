// Sealing data at rest with AES-256-GCM: the identity of a WBS reporter, a
// partner's signing secret. Sealed = iv (12) ‖ ciphertext ‖ tag (16); the
// key id (the first 16 hex of the key's SHA-256) tells which key sealed it.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { encryptionKey } from "@/lib/runtime/secrets";

export interface Sealed {
  bytes: Uint8Array<ArrayBuffer>;
  keyId: string;
}

export function keyIdOf(key: Buffer): string {
  return createHash("sha256").update(key).digest("hex").slice(0, 16);
}

export function seal(plaintext: string, key: Buffer = encryptionKey()): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const out = Buffer.concat([iv, body, cipher.getAuthTag()]);
  return { bytes: new Uint8Array(out), keyId: keyIdOf(key) };
}

export function unseal(sealed: Uint8Array, keyId: string, key: Buffer = encryptionKey()): string {
  if (keyIdOf(key) !== keyId) throw new Error("sealed with another encryption key (SIPADU_ENCRYPTION_KEY changed?)");
  const buf = Buffer.from(sealed);
  const decipher = createDecipheriv("aes-256-gcm", key, buf.subarray(0, 12));
  decipher.setAuthTag(buf.subarray(buf.length - 16));
  return Buffer.concat([decipher.update(buf.subarray(12, buf.length - 16)), decipher.final()]).toString("utf8");
}
