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

/** Clients remembered at most: the limits' memory stays bounded whatever the traffic. */
export const MAX_CLIENTS = 50_000;
const SWEEP_EVERY_MS = 60 * 1000;
const LONGEST_WINDOW_MS = Math.max(...Object.values(LIMITS).map((l) => l.windowMs));
let lastSweep = 0;

/** Counts one use; false when the client has used up its allowance for the window. */
export function allow(limit: LimitName, key: string, now = Date.now()): boolean {
  const { max, windowMs } = LIMITS[limit];
  const id = `${limit}:${key}`;
  const recent = (hits.get(id) ?? []).filter((t) => t > now - windowMs);
  // Re-inserted on every use, so the map's order is least recently seen first (see forgetClients).
  hits.delete(id);
  if (recent.length >= max) {
    hits.set(id, recent);
    return false;
  }
  recent.push(now);
  hits.set(id, recent);
  if (hits.size > MAX_CLIENTS) forgetClients(now);
  return true;
}

function forgetClients(now: number): void {
  // A sweep reads every entry, so at most once a minute: with many clients active at once, sweeping on
  // every request would make each public request walk the whole map.
  if (now - lastSweep >= SWEEP_EVERY_MS) {
    lastSweep = now;
    for (const [k, v] of hits) if (!v.some((t) => t > now - LONGEST_WINDOW_MS)) hits.delete(k);
  }
  // Still too many (a flood of distinct addresses): forget those seen longest ago. They start afresh if
  // they come back, which costs a flood's sender more addresses than it gains anyone.
  for (const k of hits.keys()) {
    if (hits.size <= MAX_CLIENTS) break;
    hits.delete(k);
  }
}

/** How many clients are remembered (for tests). */
export function rememberedClients(): number {
  return hits.size;
}

/** For tests. */
export function resetRateLimits(): void {
  hits.clear();
  lastSweep = 0;
}
