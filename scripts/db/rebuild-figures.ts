// `npm run db:rebuild-figures`: rebuilds the dashboard's per-month follow-up figures from the recommendations
// (the triggers keep them; this is for a database repaired by hand). Says whether they had drifted.
import { db } from "@/lib/db";
import { rebuildFollowUpMonthFigures, recomputedMonthFigures, storedMonthFigures } from "@/lib/follow-up/month-figures";

async function main() {
  try {
    const same =
      JSON.stringify(await storedMonthFigures(), (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v)) ===
      JSON.stringify(await recomputedMonthFigures(), (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v));
    const rows = await rebuildFollowUpMonthFigures();
    console.log(
      `Angka tindak lanjut per bulan dibangun ulang: ${rows} baris. ${same ? "Sebelumnya sudah sama." : "Sebelumnya BERBEDA dari rekomendasi; kini sudah sama."}`,
    );
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((e) => {
    console.error(`db:rebuild-figures gagal: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  });
