// Keys for partner systems (Lapak Aduan). The key is shown once and stored as
// a hash; the secret that signs requests is sealed (it must be readable to
// check a signature).
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { demoPasswordsAllowed } from "@/lib/auth/password";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import { audit } from "@/lib/audit";
import { seal, unseal } from "@/lib/crypto/seal";
import { db, type Db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { text } from "@/lib/validation/fields";
import { parseInput } from "@/lib/validation/parse";

export const DEMO_API_KEY = "demo-lapak-aduan";
export const DEMO_API_SECRET = "sipadu-demo-secret";

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export async function createApiKey(actor: Actor, raw: unknown) {
  throwIfNoPermission(actor, "admin:api-keys");
  const { name } = parseInput(z.strictObject({ name: text("Nama", 100) }), raw);
  const key = `la_${randomBytes(18).toString("base64url")}`;
  const secret = randomBytes(32).toString("base64url");
  const sealed = seal(secret);
  const row = await db.$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: { name, keyHash: hashApiKey(key), keyPrefix: key.slice(0, 7), secretSealed: sealed.bytes, sealedKeyId: sealed.keyId, createdById: actor.id },
    });
    await audit(tx, actor, "KUNCI_API_DIBUAT", "ApiKey", created.id, { name });
    return created;
  });
  // Shown once: neither is kept in a readable form.
  return { id: row.id, key, secret };
}

export async function revokeApiKey(actor: Actor, raw: unknown) {
  throwIfNoPermission(actor, "admin:api-keys");
  const { id } = parseInput(z.strictObject({ id: z.string().min(1).max(40) }), raw);
  await db.$transaction(async (tx) => {
    const res = await tx.apiKey.updateMany({ where: { id, active: true }, data: { active: false } });
    if (res.count === 0) throw new NotFoundError("Kunci tidak ditemukan atau sudah dicabut.");
    await audit(tx, actor, "KUNCI_API_DICABUT", "ApiKey", id);
  });
}

/** The active key a request names, with its secret; null for an unknown, revoked or (in production) demo key. */
export async function apiKeyFor(key: string | null): Promise<{ id: string; name: string; secret: string } | null> {
  if (!key || key.length > 200) return null;
  if (key === DEMO_API_KEY && !demoPasswordsAllowed()) return null;
  const row = await db.apiKey.findUnique({ where: { keyHash: hashApiKey(key) } });
  if (!row || !row.active) return null;
  return { id: row.id, name: row.name, secret: unseal(row.secretSealed, row.sealedKeyId) };
}

/** The keys on the admin's page, newest first. */
export function listApiKeys() {
  return db.apiKey.findMany({ orderBy: { createdAt: "desc" } });
}

/** A request signed with the key was accepted. */
export async function markApiKeyUsed(id: string, at = new Date()) {
  await db.apiKey.update({ where: { id }, data: { lastUsedAt: at } });
}

/** The demo key of the demo installation, so the Lapak Aduan contract can be tried at once. */
export async function seedDemoApiKey(client: Db): Promise<void> {
  if (await client.apiKey.findUnique({ where: { keyHash: hashApiKey(DEMO_API_KEY) } })) return;
  const sealed = seal(DEMO_API_SECRET);
  await client.apiKey.create({
    data: {
      name: "Lapak Aduan (demo)",
      keyHash: hashApiKey(DEMO_API_KEY),
      keyPrefix: DEMO_API_KEY.slice(0, 7),
      secretSealed: sealed.bytes,
      sealedKeyId: sealed.keyId,
    },
  });
}
