// Limits on the public forms and tracking, per client. Counted in memory, by a
// keyed hash of the client address that changes with every process start:
// nothing about the client is stored (WBS traffic leaves no address anywhere).
// Several app servers each count for themselves.
import { createHmac, randomBytes } from "node:crypto";

const salt = randomBytes(32);
const hits = new Map<string, number[]>();

export const LIMITS = {
  lapor: { max: 10, windowMs: 60 * 60 * 1000, message: "Anda telah mengirim banyak aduan dalam satu jam terakhir. Silakan coba lagi nanti." },
  wbs: { max: 10, windowMs: 60 * 60 * 1000, message: "Terlalu banyak laporan dalam satu jam terakhir. Silakan coba lagi nanti." },
  lacak: { max: 30, windowMs: 10 * 60 * 1000, message: "Terlalu banyak percobaan. Tunggu 10 menit lalu coba lagi." },
} as const;

export type LimitName = keyof typeof LIMITS;

export function clientKey(ip: string): string {
  return createHmac("sha256", salt).update(ip).digest("base64url").slice(0, 22);
}

/** Counts one use; false when the client has used up its allowance for the window. */
export function allow(limit: LimitName, key: string, now = Date.now()): boolean {
  const { max, windowMs } = LIMITS[limit];
  const id = `${limit}:${key}`;
  const recent = (hits.get(id) ?? []).filter((t) => t > now - windowMs);
  if (recent.length >= max) {
    hits.set(id, recent);
    return false;
  }
  recent.push(now);
  hits.set(id, recent);
  // Keep the map from growing without bound: forget idle clients now and then.
  if (hits.size > 50_000) {
    for (const [k, v] of hits) if (!v.some((t) => t > now - 60 * 60 * 1000)) hits.delete(k);
  }
  return true;
}

/** For tests. */
export function resetRateLimits(): void {
  hits.clear();
}
