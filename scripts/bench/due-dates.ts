// Benchmark: recomputing the due dates of 100 000 open cases after a change to
// the holiday calendar (issue 5's target: under 1 second), on SQLite and PostgreSQL.
//   npm run bench:due-dates [-- --cases 100000] [-- --provider sqlite|postgresql]
import { randomBytes } from "node:crypto";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createDb, type Db } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { SERVICE_LEVEL_DAYS, loadCalendar } from "@/lib/sla/calendar";
import { WorkingDayIndex } from "@/lib/sla/day-index";
import { recomputeDueDates } from "@/lib/sla/recompute";
import { seedReferenceData } from "@/prisma/seed";
import { createTestDatabase } from "@/tests/test-databases";
import { describeMachine, writeSection } from "./machine";
import { positiveArg, providersArg } from "./args";

const CASES = positiveArg("cases", 100_000);
const providers = providersArg();

const OPEN = [
  "DITERIMA",
  "DI_INSPEKTUR",
  "DITELAAH",
  "REKOMENDASI",
  "DISPOSISI_IRBAN",
  "RENCANA_TIM",
  "SPT_DRAFT",
  "SPT_DITANDATANGANI",
  "MENUNGGU_KONFIRMASI",
];

async function fill(db: Db, provider: "sqlite" | "postgresql") {
  const cal = await loadCalendar(db);
  const index = new WorkingDayIndex(cal.holidays, "2025-01-01", "2028-12-31");
  const pg = provider === "postgresql";
  const batch = 1000;
  for (let i = 0; i < CASES; i += batch) {
    const rows: string[] = [];
    const params: unknown[] = [];
    for (let j = i; j < Math.min(CASES, i + batch); j++) {
      // Registered over the last months of 2026, due 20 working days later: consistent before the change.
      const registeredOn = new Date(Date.UTC(2026, 7, 1) + (j % 120) * 86_400_000).toISOString().slice(0, 10);
      const dueOn = index.add(registeredOn, SERVICE_LEVEL_DAYS);
      const values = [`b${randomBytes(10).toString("hex")}`, `ADU/2026/${String(j + 1).padStart(6, "0")}`, OPEN[j % OPEN.length], registeredOn, dueOn];
      const b = params.length;
      params.push(...values);
      rows.push(
        pg
          ? `($${b + 1}, $${b + 2}, 'MASYARAKAT', 'WEB', $${b + 3}::"CaseStatus", 'Aduan', 'Uraian', $${b + 4}, $${b + 5}, now(), now(), '')`
          : "(?, ?, 'MASYARAKAT', 'WEB', ?, 'Aduan', 'Uraian', ?, ?, 0, 0, '')",
      );
    }
    await db.$executeRawUnsafe(
      `INSERT INTO "Case" ("id", "registerNumber", "source", "channel", "status", "title", "description", "registeredOn", "dueOn", "registeredAt", "updatedAt", "searchText") VALUES ${rows.join(",")}`,
      ...params,
    );
  }
}

async function measure(provider: "sqlite" | "postgresql") {
  const testDb = await createTestDatabase(provider, "bench");
  process.env.DATABASE_URL = testDb.url;
  const db = createDb(testDb.config);
  try {
    await migrate(testDb.config);
    await seedReferenceData(db);
    await fill(db, provider);
    const runs: { ms: number; changed: number }[] = [];
    for (let run = 0; run < 3; run++) {
      // A new holiday in the middle of the cases' period moves most due dates by a day (and back on the next run).
      if (run % 2 === 0) await db.holiday.create({ data: { date: "2026-09-15", year: 2026, type: "LIBUR_KHUSUS", name: "Uji" } });
      else await db.holiday.delete({ where: { date: "2026-09-15" } });
      const t = performance.now();
      const r = await db.$transaction((tx) => recomputeDueDates(tx, "benchmark", null, ["2026-09-15"]), { timeout: 120_000 });
      runs.push({ ms: performance.now() - t, changed: r.changed });
    }
    // Every open case read and checked (a change of the step targets or of a year's status).
    const t = performance.now();
    const same = await recomputeDueDates(db, "benchmark");
    if (same.changed !== 0 || same.checked !== CASES) throw new Error(`expected nothing to move among ${CASES}, got ${JSON.stringify(same)}`);
    return { provider, runs, unchangedMs: performance.now() - t, unchanged: same.changed };
  } finally {
    await db.$disconnect();
    await testDb.drop();
  }
}

async function main() {
  const results = [];
  for (const p of providers) {
    const r = await measure(p);
    results.push(r);
    console.log(`${p}: ${r.runs.map((x) => `${x.ms.toFixed(0)} ms (${x.changed} moved)`).join(", ")}; nothing to move: ${r.unchangedMs.toFixed(0)} ms`);
  }
  const table = [
    "| database | a holiday added or removed (3 runs) | cases moved | all cases checked, none moved |",
    "| --- | --- | --- | --- |",
    ...results.map(
      (r) =>
        `| ${r.provider} | ${r.runs.map((x) => `${x.ms.toFixed(0)} ms`).join(" · ")} | ${r.runs.map((x) => x.changed).join(" · ")} | ${r.unchangedMs.toFixed(0)} ms |`,
    ),
  ].join("\n");
  writeSection(
    path.resolve("BENCHMARKS.md"),
    "due-dates",
    `## Due dates of ${CASES.toLocaleString("en")} open cases recomputed after a calendar change\n\n` +
      `Target: under 1 second. \`npm run bench:due-dates\` — ${new Date().toISOString().slice(0, 10)}, ${describeMachine()}.\n` +
      `Each run adds or removes a holiday inside the cases' period and recomputes in one transaction: the cases whose period spans the day are read, ` +
      `their due dates computed through a day table, what moved written in bulk, an audit row added. The last column reads and checks all ${CASES.toLocaleString("en")} ` +
      `(as after a change of the step targets).\n\n${table}`,
  );
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
