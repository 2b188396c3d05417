// Failed sign-ins are limited per account and per client: the sixth failure
// within a minute is refused without checking the password. Counting lives in
// the database (LoginAttempt), so it holds across several app servers.
//
// The check and the record are one step: an attempt is written as "being
// checked" (counted like a failure) under a lock on its account and client
// before its password or code is looked at, and gets its real outcome after.
// Thirty attempts at once therefore see each other: at most five are checked.
// The account is the user (username and NIP are one key); an unknown login is
// its own key.
import { db, type Tx } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";

export const THROTTLE_LIMIT = 5;
export const THROTTLE_WINDOW_MS = 60_000;

/** An attempt whose password (or code) is being checked right now. */
export const CHECKING = "DIPERIKSA";

/** Outcomes that count as a failed guess. Throttled attempts do not, so a block ends a minute after the last real failure. */
export const FAILED_OUTCOMES = [CHECKING, "SALAH_SANDI", "TIDAK_DIKENAL", "NONAKTIF", "SANDI_DEMO", "KODE_SALAH"] as const;

export interface AttemptKeys {
  /** the login as typed and normalised */
  login: string;
  /** the user it names, when there is one */
  userId: string | null;
  clientIp: string;
}

export type Reservation = { ok: true; attemptId: string } | { ok: false; retryAfter: number };

/** Serialises the reservations of one account and one client (PostgreSQL; SQLite's write lock already does). */
async function lockKeys(tx: Tx, keys: string[]) {
  if (databaseConfig().provider !== "postgresql") return;
  // Always in the same order, so two reservations never wait for each other crosswise.
  for (const key of [...new Set(keys)].sort()) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 7240020))`;
}

/** Seconds until the oldest of the last THROTTLE_LIMIT failures leaves the window; 0 below the limit. */
async function waitFor(tx: Tx, where: { userId: string } | { login: string } | { clientIp: string }, now: Date): Promise<number> {
  const rows = await tx.loginAttempt.findMany({
    where: { ...where, success: false, outcome: { in: [...FAILED_OUTCOMES] }, createdAt: { gt: new Date(now.getTime() - THROTTLE_WINDOW_MS) } },
    orderBy: { createdAt: "desc" },
    take: THROTTLE_LIMIT,
    select: { createdAt: true },
  });
  if (rows.length < THROTTLE_LIMIT) return 0;
  return Math.max(1, Math.ceil((rows[rows.length - 1]!.createdAt.getTime() + THROTTLE_WINDOW_MS - now.getTime()) / 1000));
}

/**
 * Takes one of the account's and the client's attempts for this minute, or
 * says how long to wait (and records the refusal, which does not count).
 */
export async function reserveAttempt(keys: AttemptKeys, now = new Date()): Promise<Reservation> {
  const account = keys.userId ? { userId: keys.userId } : { login: keys.login };
  return db.$transaction(async (tx) => {
    await lockKeys(tx, [keys.userId ? `user:${keys.userId}` : `login:${keys.login}`, `ip:${keys.clientIp}`]);
    const wait = Math.max(await waitFor(tx, account, now), await waitFor(tx, { clientIp: keys.clientIp }, now));
    const data = { login: keys.login, userId: keys.userId, clientIp: keys.clientIp, success: false, createdAt: now };
    if (wait > 0) {
      await tx.loginAttempt.create({ data: { ...data, outcome: "DIBATASI" } });
      return { ok: false, retryAfter: wait };
    }
    const row = await tx.loginAttempt.create({ data: { ...data, outcome: CHECKING }, select: { id: true } });
    return { ok: true, attemptId: row.id };
  });
}

/** The outcome of a reserved attempt once it is known. */
export async function settleAttempt(client: Tx | typeof db, attemptId: string, outcome: string): Promise<void> {
  await client.loginAttempt.update({ where: { id: attemptId }, data: { outcome, success: outcome === "OK" } });
}
