// What a new installation is filled with. Used by `npm run db:seed`, by the
// first start of an empty database (lib/db/prepare.ts) and by the tests.
import type { Db } from "@/lib/db";
import { demoPasswordsAllowed } from "@/lib/auth/password";
import { seedReferenceData } from "./reference";
import { seedDemoUsers } from "./users";
import { seedDemoApiKey } from "@/lib/intake/api-keys";

export { seedReferenceData } from "./reference";
export { seedDemoUsers } from "./users";

export interface SeedResult {
  opds: number;
  holidays: number;
  demoUsers: number;
}

/** Reference data always; the demo accounts only where demo passwords are allowed. */
export async function seedDatabase(db: Db, opts: { demo?: boolean } = {}): Promise<SeedResult> {
  const demo = opts.demo ?? demoPasswordsAllowed();
  if (demo && !demoPasswordsAllowed()) {
    throw new Error("Demo accounts are refused in production. Set SIPADU_ALLOW_DEMO_PASSWORDS=1 for a demo installation.");
  }
  const ref = await seedReferenceData(db);
  const demoUsers = demo ? await seedDemoUsers(db) : 0;
  if (demo) await seedDemoApiKey(db);
  return { ...ref, demoUsers };
}
