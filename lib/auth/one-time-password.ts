// The only passwords SIPADU gives out for someone else: a one-time code that
// works for three days and must be replaced at the first sign-in. Nobody
// chooses another person's password, so an admin never holds one that works.
import { randomInt } from "node:crypto";

/** No 0/O, 1/I/L: read out and typed without mistakes. */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

export const ONE_TIME_PASSWORD_VALID_MS = 72 * 60 * 60_000;

/** "K7QM-2XTB-9RFD-HC4N": 16 characters, 79 bits. */
export function newOneTimePassword(): string {
  const raw = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return raw.match(/.{4}/g)!.join("-");
}

/** The user row of a freshly issued one-time password (with its argon2id hash). */
export function oneTimePasswordData(passwordHash: string, now: Date) {
  return { passwordHash, mustChangePassword: true, temporaryPasswordExpiresAt: new Date(now.getTime() + ONE_TIME_PASSWORD_VALID_MS) };
}
