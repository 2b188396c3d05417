// What a new installation is filled with. Used by `npm run db:seed`, by the
// first start of an empty database (lib/db/prepare.ts) and by the tests.
import type { Db } from "@/lib/db";
import { demoPasswordsAllowed } from "@/lib/auth/password";
import { seedReferenceData } from "./reference";
import { seedDemoUsers } from "./users";
import { seedDemoApiKey } from "@/lib/intake/api-keys";
import { todayInJakarta } from "@/lib/format/dates";
import { seedDemoCases } from "./demo-cases";
import { seedDemoFollowUps } from "./demo-follow-ups";

export { seedReferenceData } from "./reference";
export { seedDemoUsers } from "./users";

export interface SeedResult {
  opds: number;
  holidays: number;
  demoUsers: number;
  demoCases: number;
}

/** Demo complaints come with the quick start (`npm start` sets SIPADU_DEMO_CASES=1), not with the tests. */
export function demoCasesWanted(): boolean {
  return process.env.SIPADU_DEMO_CASES === "1";
}

/** Reference data always; the demo accounts (and, when wanted, demo complaints) only where demo passwords are allowed. */
export async function seedDatabase(db: Db, opts: { demo?: boolean; demoCases?: boolean } = {}): Promise<SeedResult> {
  const demo = opts.demo ?? demoPasswordsAllowed();
  if (demo && !demoPasswordsAllowed()) {
    throw new Error("Demo accounts are refused in production. Set SIPADU_ALLOW_DEMO_PASSWORDS=1 for a demo installation.");
  }
  const ref = await seedReferenceData(db);
  const demoUsers = demo ? await seedDemoUsers(db) : 0;
  if (demo) await seedDemoApiKey(db);
  // Only into a database without cases: demo complaints never mix with real ones.
  const demoCases = demo && (opts.demoCases ?? demoCasesWanted()) && (await db.case.count()) === 0 ? await seedDemoCases(db, todayInJakarta()) : 0;
  if (demoCases) await seedDemoFollowUps(db, todayInJakarta());
  return { ...ref, demoUsers, demoCases };
}
