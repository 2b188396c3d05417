// Makes the database ready before the first request: apply migrations, and
// fill an empty database with the reference data (and, where allowed, the
// demo accounts). Called at server start (instrumentation.ts) and by scripts.
import type { Db } from "@/lib/db";
import { seedDatabase, type SeedResult } from "@/prisma/seed";
import { databaseConfig, type DatabaseConfig } from "./config";
import { migrate } from "./migrate";

export interface PrepareResult {
  provider: DatabaseConfig["provider"];
  applied: string[];
  seeded: SeedResult | null;
}

export async function prepareDatabase(db: Db, config: DatabaseConfig = databaseConfig()): Promise<PrepareResult> {
  const { applied } = await migrate(config);
  const empty = (await db.user.count()) === 0 && (await db.opd.count()) === 0;
  const seeded = empty ? await seedDatabase(db) : null;
  return { provider: config.provider, applied, seeded };
}
