// For the dashboard's browser test: finished demo complaints registered in one
// year (out of every inbox), once, and how many there are; then the id of one case.
//   tsx e2e/support/dashboard-cases.ts <year> <count>
import { db } from "@/lib/db";
import { todayInJakarta } from "@/lib/format/dates";
import { seedDemoCases } from "@/prisma/seed/demo-cases";

async function main() {
  const [year, count] = process.argv.slice(2);
  const inYear = { registeredOn: { gte: `${year}-01-01`, lte: `${year}-12-31` } };
  // Once per database: the tests that use them may run in any order.
  if ((await db.case.count({ where: inYear })) === 0) {
    await seedDemoCases(db, todayInJakarta(), { count: Number(count), seed: Number(year), from: `${year}-01-02`, until: `${year}-12-15`, finishedOnly: true });
  }
  const [total, one] = await Promise.all([db.case.count({ where: inYear }), db.case.findFirstOrThrow({ where: inYear, select: { id: true } })]);
  console.log(`${total} ${one.id}`);
}

main()
  .then(() => process.exit(0))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
