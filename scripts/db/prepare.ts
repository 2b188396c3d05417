// Prepares the database before the server starts: migrations, reference data
// and (when allowed) the demo accounts. Its own process, so that the start
// script that waits on the server does not keep the database code in memory.
//   tsx scripts/db/prepare.ts
import path from "node:path";
import { createDb } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { prepareDatabase } from "@/lib/db/prepare";

const ROOT = path.resolve(import.meta.dirname, "../..");

async function main() {
  const config = databaseConfig();
  const db = createDb(config);
  try {
    const r = await prepareDatabase(db, config);
    const where = config.provider === "sqlite" ? path.relative(ROOT, config.file) : "PostgreSQL";
    console.log(`[sipadu] database ready (${where})${r.applied.length ? `, migrations applied: ${r.applied.join(", ")}` : ""}`);
    if (r.seeded) {
      console.log(
        `[sipadu] filled with ${r.seeded.opds} OPD, ${r.seeded.holidays} holidays, ${r.seeded.demoUsers} demo accounts${r.seeded.demoCases ? `, ${r.seeded.demoCases} demo complaints` : ""}`,
      );
    }
  } finally {
    await db.$disconnect();
  }
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(`[sipadu] could not prepare the database: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
