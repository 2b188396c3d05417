// `npm run db:seed`: migrates, then fills the database with the reference data
// (OPDs, holidays, letterhead) and the demo accounts. Existing records are
// left as they are. In production the demo accounts need SIPADU_ALLOW_DEMO_PASSWORDS=1.
//   --no-demo      reference data only
//   --demo-cases   also a few hundred demo complaints (only into a database without cases)
import { createDb } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { migrate } from "@/lib/db/migrate";
import { seedDatabase } from "@/prisma/seed";

async function main() {
  const config = databaseConfig();
  await migrate(config);
  const db = createDb(config);
  try {
    const r = await seedDatabase(db, { demo: !process.argv.includes("--no-demo"), demoCases: process.argv.includes("--demo-cases") });
    console.log(`Seeded: ${r.opds} OPD, ${r.holidays} holidays, ${r.demoUsers} demo accounts, ${r.demoCases} demo complaints (existing records unchanged).`);
  } finally {
    await db.$disconnect();
  }
}

main()
  .then(() => process.exit(0))
  .catch((e) => {
    console.error(`Seeding failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
