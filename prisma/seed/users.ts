import type { Db } from "@/lib/db";
import { DEMO_PASSWORD, hashPassword } from "@/lib/auth/password";
import { DEMO_USERS } from "./demo-users";

/** The demo accounts, one per role; existing accounts are left as they are. */
export async function seedDemoUsers(db: Db): Promise<number> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const u of DEMO_USERS) {
    await db.user.upsert({ where: { username: u.username }, update: {}, create: { ...u, passwordHash } });
  }
  return DEMO_USERS.length;
}
