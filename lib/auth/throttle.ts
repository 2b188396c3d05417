// Failed sign-ins are limited per account and per client: the sixth failure
// within a minute is refused without checking the password. Counting lives in
// the database (LoginAttempt), so it holds across several app servers.
import { db } from "@/lib/db";

export const THROTTLE_LIMIT = 5;
export const THROTTLE_WINDOW_MS = 60_000;

/** Outcomes that count as a failed guess. Throttled attempts do not, so a block ends a minute after the last real failure. */
export const FAILED_OUTCOMES = ["SALAH_SANDI", "TIDAK_DIKENAL", "NONAKTIF", "KODE_SALAH"] as const;

/** Seconds until the next attempt is allowed, or 0 when it is allowed now. */
export async function throttleWait(login: string, clientIp: string, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const recent = (where: { login: string } | { clientIp: string }) =>
    db.loginAttempt.findMany({
      where: { ...where, success: false, outcome: { in: [...FAILED_OUTCOMES] }, createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      take: THROTTLE_LIMIT,
      select: { createdAt: true },
    });
  const [byLogin, byClient] = await Promise.all([recent({ login }), recent({ clientIp })]);
  let wait = 0;
  for (const rows of [byLogin, byClient]) {
    if (rows.length < THROTTLE_LIMIT) continue;
    const oldest = rows[rows.length - 1]!.createdAt.getTime();
    wait = Math.max(wait, Math.ceil((oldest + THROTTLE_WINDOW_MS - now.getTime()) / 1000));
  }
  return Math.max(wait, 0);
}
