// The signature scheme shared with Lapak Aduan, both ways:
// X-Signature: sha256=<hex HMAC-SHA256 of the raw body, keyed with the secret>.
import { createHmac, timingSafeEqual } from "node:crypto";

export function signature(secret: string, body: string | Uint8Array): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

/** Whether a header has the form of a signature at all (checked before the body is read). */
export function wellFormedSignature(header: string | null): header is string {
  return Boolean(header && /^sha256=[0-9a-f]{64}$/i.test(header.trim()));
}

export function verifySignature(secret: string, body: string | Uint8Array, header: string | null): boolean {
  if (!wellFormedSignature(header)) return false;
  const expected = Buffer.from(signature(secret, body));
  const given = Buffer.from(header.trim().toLowerCase());
  return expected.length === given.length && timingSafeEqual(expected, given);
}
