// Secrets from the environment, or, for the embedded installation, generated
// once into data/ (readable by the owner only). Several app servers must share
// them through the environment instead (README, "Configuration").
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDir } from "./data-dir";

function fileSecret(name: string, bytes: number): string {
  const file = path.join(dataDir(), name);
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
