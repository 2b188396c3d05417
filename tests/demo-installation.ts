// For database tests that need the demo accounts: a demo installation for
// this test file only (demo accounts are refused elsewhere), seeded once.
import { afterAll, beforeAll } from "vitest";
import { db } from "@/lib/db";
import { seedDatabase } from "@/prisma/seed";

export function useDemoInstallation(): void {
  const allowed = process.env.SIPADU_ALLOW_DEMO_PASSWORDS;
  beforeAll(async () => {
    process.env.SIPADU_ALLOW_DEMO_PASSWORDS = "1";
    await seedDatabase(db, { demo: true, demoCases: false });
  });
  afterAll(() => {
    if (allowed === undefined) delete process.env.SIPADU_ALLOW_DEMO_PASSWORDS;
    else process.env.SIPADU_ALLOW_DEMO_PASSWORDS = allowed;
  });
}
