import type { Db } from "@/lib/db";
import { DEMO_PASSWORD, hashPassword } from "@/lib/auth/password";
import { DEMO_TOTP_SECRET } from "@/lib/auth/demo-two-factor";
import { base32Decode } from "@/lib/auth/totp";
import { holdsIdentityRole } from "@/lib/auth/permissions";
import { enrollWithSecret, twoFactorRequired } from "@/lib/auth/two-factor";
import { DEMO_USERS } from "./demo-users";

/**
 * The demo accounts, one per role; existing accounts are left as they are.
 * Those whose role must sign in with two steps get the published demo secret
 * (the sign-in page of a demo installation shows its current code).
 */
export async function seedDemoUsers(db: Db): Promise<number> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const u of DEMO_USERS) {
    const existing = await db.user.findUnique({ where: { username: u.username }, select: { id: true } });
    if (existing) continue;
    const { opdCode, ...profile } = u;
    // A liaison without their OPD (a trimmed OPD list) is not made: they would see nothing.
    const opd = opdCode ? await db.opd.findUnique({ where: { code: opdCode }, select: { id: true } }) : null;
    if (opdCode && !opd) continue;
    // The demo's Inspektur and complaint team come approved: the demo has nobody to approve them.
    const created = await db.user.create({
      data: { ...profile, opdId: opd?.id ?? null, passwordHash, roleApprovedAt: holdsIdentityRole(u.role) ? new Date() : null },
    });
    if (twoFactorRequired(u.role)) await enrollWithSecret(db, created.id, base32Decode(DEMO_TOTP_SECRET));
  }
  return DEMO_USERS.length;
}
