// Staff passwords: argon2id (OWASP's minimum: 19 MiB, 2 passes), refused
// above 128 characters before any hashing so a long input cannot cost CPU.
import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";
import { PASSWORD_MAX } from "./limits";

export { PASSWORD_MAX };
export const PASSWORD_MIN = 12;
export const DEMO_PASSWORD = "sipadu-demo";

const ARGON2ID = 2; // Algorithm.Argon2id; a const enum, which isolated modules cannot import
export const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export async function hashPassword(password: string): Promise<string> {
  if (password.length > PASSWORD_MAX) throw new Error("password too long");
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  if (password.length > PASSWORD_MAX) return false;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when the account does not exist takes as long as a
// real check, so the response time does not tell which usernames exist.
let dummyHash: Promise<string> | undefined;
export async function verifyDummy(password: string): Promise<void> {
  dummyHash ??= hash("sipadu-tidak-ada-akun", ARGON2_OPTIONS);
  await verifyPassword(await dummyHash, password);
}

/**
 * The demo password is for trying SIPADU. A production server refuses it
 * unless SIPADU_ALLOW_DEMO_PASSWORDS=1 says this installation is a demo.
 */
export function demoPasswordsAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.SIPADU_ALLOW_DEMO_PASSWORDS === "1") return true;
  if (env.SIPADU_ALLOW_DEMO_PASSWORDS === "0") return false;
  return env.NODE_ENV !== "production";
}

/** A new password chosen by a user or an admin. */
export const newPasswordSchema = z
  .string({ error: "Kata sandi wajib diisi." })
  .min(1, { error: "Kata sandi wajib diisi." })
  .min(PASSWORD_MIN, { error: `Kata sandi minimal ${PASSWORD_MIN} karakter.` })
  .max(PASSWORD_MAX, { error: `Kata sandi paling banyak ${PASSWORD_MAX} karakter.` })
  .refine((p) => p.trim().length > 0, { error: "Kata sandi tidak boleh hanya spasi." })
  .refine((p) => p !== DEMO_PASSWORD, { error: "Kata sandi demo tidak boleh dipakai." });
