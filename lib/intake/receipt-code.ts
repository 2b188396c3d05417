// The complainant's receipt code: 120 random bits written as 24 characters of
// Crockford base32 in six groups ("7KQM-2XTB-9RFD-HC4N-W8JP-A3VE"). Only its
// SHA-256 is stored; with 120 bits of entropy a fast hash cannot be searched.
import { createHash, randomBytes } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // no I, L, O, U
const LENGTH = 24; // 24 × 5 bits = 120 bits

export function newReceiptCode(): string {
  const bytes = randomBytes(LENGTH); // one byte per character, 5 bits used: uniform over 32 symbols
  let code = "";
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[bytes[i]! & 31];
  return code.match(/.{4}/g)!.join("-");
}

/** What a person typed, made comparable: case, spaces, dashes, and the look-alikes I/L → 1 and O → 0. */
export function normaliseReceiptCode(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s-]/g, "").replace(/[IL]/g, "1").replace(/O/g, "0");
  if (s.length !== LENGTH || [...s].some((c) => !ALPHABET.includes(c))) return null;
  return s;
}

export function hashReceiptCode(code: string): string {
  const normal = normaliseReceiptCode(code);
  if (!normal) throw new Error("not a receipt code");
  return createHash("sha256").update(`sipadu-tanda-terima:${normal}`).digest("hex");
}
