// Secrets from the environment, or, for the embedded installation, generated
// once into data/ (readable by the owner only). Several app servers must share
// them through the environment instead (README, "Configuration").
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDir } from "./data-dir";

// Read once per process: the tracking cookie is checked on every tracking request, and a file that
// changes under a running server would invalidate every session anyway (a restore stops the server).
const remembered = new Map<string, string>();

function fileSecret(name: string, bytes: number): string {
  const file = path.join(dataDir(), name);
  let value = remembered.get(file);
  if (value === undefined) remembered.set(file, (value = readOrCreate(file, bytes)));
  return value;
}

function readOrCreate(file: string, bytes: number): string {
  try {
    return readFileSync(file, "utf8").trim();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const value = randomBytes(bytes).toString("base64url");
  try {
    // "wx": if another process wrote it first, keep theirs.
    writeFileSync(file, value + "\n", { flag: "wx", mode: 0o600 });
    return value;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    return readFileSync(file, "utf8").trim();
  }
}

/** Signs and encrypts the session tokens (NEXTAUTH_SECRET). */
export function authSecret(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.NEXTAUTH_SECRET?.trim();
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error("NEXTAUTH_SECRET must be at least 32 characters.");
    return fromEnv;
  }
  return fileSecret("auth-secret", 32);
}

/**
 * The 32-byte key that seals identities of WBS reporters and partners'
 * signing secrets (SIPADU_ENCRYPTION_KEY: 64 hex characters or 44 base64).
 */
export function encryptionKey(env: NodeJS.ProcessEnv = process.env): Buffer {
  const fromEnv = env.SIPADU_ENCRYPTION_KEY?.trim();
  const raw = fromEnv || fileSecret("encryption-key", 32);
  const key = /^[0-9a-fA-F]{64}$/.test(raw) ? Buffer.from(raw, "hex") : Buffer.from(raw, "base64url");
  if (key.length !== 32) {
    throw new Error("SIPADU_ENCRYPTION_KEY must be 32 bytes: 64 hexadecimal characters or base64.");
  }
  return key;
}
