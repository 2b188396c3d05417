// After the receipt code opened a case, the complainant's browser holds a
// short-lived signed cookie naming the case (never the code, never in a URL).
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/runtime/secrets";

export const TRACKING_COOKIE = "sipadu_lacak";
export const TRACKING_TTL_S = 30 * 60;

function sign(payload: string, secret: string): string {
  return createHmac("sha256", `lacak:${secret}`).update(payload).digest("base64url");
}

export function trackingToken(caseId: string, now = Date.now(), secret = authSecret()): string {
  const payload = `${caseId}.${Math.floor(now / 1000) + TRACKING_TTL_S}`;
  return `${payload}.${sign(payload, secret)}`;
}

/** The case a token opens, or null when it is forged or expired. */
export function caseOfToken(token: string | undefined, now = Date.now(), secret = authSecret()): string | null {
  if (!token) return null;
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [caseId, expires, mac] = parts as [string, string, string];
  const expected = Buffer.from(sign(`${caseId}.${expires}`, secret));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  if (!/^\d+$/.test(expires) || Number(expires) * 1000 < now) return null;
  return caseId;
}
