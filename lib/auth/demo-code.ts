// The code the demo sign-in page shows (app/api/demo-kode): on a demo
// installation only, for the demo accounts that sign in with two steps.
import { db } from "@/lib/db";
import { DEMO_USERS } from "@/prisma/seed/demo-users";
import { DEMO_TOTP_SECRET } from "./demo-two-factor";
import { STEP_SECONDS, WINDOW, base32Decode, hotp, stepAt, totp } from "./totp";

export interface DemoCode {
  /** the code to type now, or null: wait `secondsLeft` for a new one */
  code: string | null;
  secondsLeft: number;
  /** the current code was already used for this account (each code works once) */
  usedNow: boolean;
}

/**
 * The code a demo account can sign in with now: the current one, or — when
 * that was just used for this account — the next one, which the window
 * already accepts; never one that would be refused as used.
 */
export async function demoCodeFor(login: string | null, now = new Date()): Promise<DemoCode> {
  const current = stepAt(now);
  const secondsLeft = STEP_SECONDS - (Math.floor(now.getTime() / 1000) % STEP_SECONDS);
  const demo = DEMO_USERS.find((u) => u.username === login);
  const used = demo ? ((await db.user.findUnique({ where: { username: demo.username }, select: { totpLastStep: true } }))?.totpLastStep ?? null) : null;
  if (used === null || used < current) return { code: totp(base32Decode(DEMO_TOTP_SECRET), now), secondsLeft, usedNow: false };
  const next = used + 1;
  return next <= current + WINDOW
    ? { code: hotp(base32Decode(DEMO_TOTP_SECRET), next), secondsLeft, usedNow: true }
    : { code: null, secondsLeft, usedNow: true };
}
