// `npm run audit:verify`: recomputes every case's hash-chained history.
// Prints "OK <n> events", or the first broken event and exits 1.
import { createDb } from "@/lib/db";
import { verifyAllChains } from "@/lib/history/chain";

async function main() {
  const db = createDb();
  try {
    const r = await verifyAllChains(db);
    if (r.ok) {
      console.log(`OK ${r.events} events`);
      return 0;
    }
    console.error(
      `BROKEN ${r.broken.registerNumber} (case ${r.broken.caseId}) event ${r.broken.seq}: ${r.broken.reason} ` +
        `(${r.cases} cases, ${r.events} events checked)`,
    );
    return 1;
  } finally {
    await db.$disconnect();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((e) => {
    console.error(`audit:verify failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  });
