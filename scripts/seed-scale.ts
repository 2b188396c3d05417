// `npm run seed:scale -- --cases 100000 [--force]`: synthetic cases for the
// benchmarks into the database at DATABASE_URL (default: the embedded SQLite
// file), migrated and given its reference data first. Refuses a database that
// already has cases unless --force (then adds to them).
import { performance } from "node:perf_hooks";
import { createDb } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { prepareDatabase } from "@/lib/db/prepare";
import { todayInJakarta } from "@/lib/format/dates";
import { ScaleSeedError, checkScaleSeed, seedScale } from "@/prisma/seed/scale";

export function parseScaleArgs(args: string[]): { cases: number; force: boolean } {
  const i = args.indexOf("--cases");
  const raw = i >= 0 ? args[i + 1] : "100000";
  if (raw === undefined || !/^\d+$/.test(raw) || Number(raw) <= 0)
    throw new ScaleSeedError(`--cases harus bilangan bulat positif, misalnya --cases 100000 (diberikan: ${raw ?? "kosong"}).`);
  const unknown = args.filter((a, k) => a.startsWith("--") && a !== "--cases" && a !== "--force" && args[k - 1] !== "--cases");
  if (unknown.length) throw new ScaleSeedError(`Pilihan tidak dikenal: ${unknown.join(" ")}. Yang ada: --cases <jumlah>, --force.`);
  return { cases: Number(raw), force: args.includes("--force") };
}

async function main() {
  const { cases, force } = parseScaleArgs(process.argv.slice(2));
  const config = databaseConfig();
  const db = createDb(config);
  try {
    await prepareDatabase(db, config);
    await checkScaleSeed(db, { cases, force });
    const t0 = performance.now();
    let shown = 0;
    const r = await seedScale(db, {
      cases,
      force,
      today: todayInJakarta(),
      onProgress: (done) => {
        if (done - shown >= 10_000 || done === cases) {
          shown = done;
          process.stdout.write(`\r${done} / ${cases} aduan`);
        }
      },
    });
    const s = ((performance.now() - t0) / 1000).toFixed(1);
    console.log(
      `\nSelesai dalam ${s} detik (${config.provider}): ${r.cases} aduan, ${r.history} peristiwa riwayat, ${r.plans} rencana tim, ${r.documents} dokumen.`,
    );
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main()
    .then(() => process.exit(0))
    .catch((e) => {
      console.error(e instanceof ScaleSeedError ? e.message : `seed:scale gagal: ${e instanceof Error ? e.stack : String(e)}`);
      process.exit(e instanceof ScaleSeedError ? 2 : 1);
    });
}
