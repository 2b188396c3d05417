// The second sign-in step for the demo accounts that must use it (inspektur,
// admin): a code from the published demo secret, as the user's phone would
// show it. The server accepts each step once per account, so the tests keep
// the last step they used per server and account, and take the next one free
// in the ±1 window, waiting for the clock when all three are spent.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEMO_TOTP_SECRET } from "../../lib/auth/demo-two-factor";
import { STEP_SECONDS, base32Decode, hotp } from "../../lib/auth/totp";

export const DEMO_TWO_FACTOR_LOGINS = new Set(["inspektur", "admin"]);

const stateFile = (baseURL: string, login: string) => path.join("data", "e2e-totp", `${new URL(baseURL).port}-${login}.json`);

export const freshDemoCode = (baseURL: string, login: string) => freshCode(DEMO_TOTP_SECRET, baseURL, login);

/** A code of `secret` (base32) for a step this account has not used yet on this server. */
export async function freshCode(secret: string, baseURL: string, login: string): Promise<string> {
  const file = stateFile(baseURL, login);
  const last = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { step: number }).step : -1;
  for (;;) {
    const now = Date.now() / 1000;
    const current = Math.floor(now / STEP_SECONDS);
    // The step before stays valid until the current one ends: only if a few seconds remain.
    const candidates = [...((current + 1) * STEP_SECONDS - now > 5 ? [current - 1] : []), current, current + 1];
    const step = candidates.find((s) => s > last);
    if (step !== undefined) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify({ step }));
      return hotp(base32Decode(secret), step);
    }
    await new Promise((r) => setTimeout(r, ((current + 1) * STEP_SECONDS - now) * 1000 + 200));
  }
}
