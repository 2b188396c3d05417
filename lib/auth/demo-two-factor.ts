// The demo accounts that must sign in with two steps (ADMIN, INSPEKTUR) share
// one published secret, so the quick start works without a phone: on a demo
// installation the sign-in page shows the current code. Never on a production
// server (the demo password is refused there anyway).
import { base32Decode, totp } from "./totp";

/** base32 of the 20 bytes "sipadu-demo-2fa-2026"; enter it in an authenticator app to try the real thing. */
export const DEMO_TOTP_SECRET = "ONUXAYLEOUWWIZLNN4WTEZTBFUZDAMRW";

export function demoTotpCode(now = new Date()): string {
  return totp(base32Decode(DEMO_TOTP_SECRET), now);
}
