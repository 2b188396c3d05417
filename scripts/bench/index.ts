// `npm run bench`: SIPADU at scale against the production build on loopback,
// for SQLite and for PostgreSQL — 100 000 synthetic cases (seed:scale), the
// framework's floor, tracking at 50 requests/s with the dashboard at 5/s,
// staff pages, 100 concurrent submissions, SPT rendering, memory; SQLite's
// concurrent writers; two app servers on one PostgreSQL. Prints a table and
// writes it to BENCHMARKS.md with the machine. Needs a current build.
//   npm run bench [-- --cases 100000] [-- --provider sqlite|postgresql] [-- --seconds 60] [-- --no-scale-out] [-- --dry-run]
import { rmSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createDb } from "@/lib/db";
import type { DatabaseConfig } from "@/lib/db/config";
import { prepareDatabase } from "@/lib/db/prepare";
import { todayInJakarta } from "@/lib/format/dates";
import { seedScale } from "@/prisma/seed/scale";
import { pgAdminQuery, pgAdminUrl } from "@/tests/test-databases";
import { fmt } from "./load";
import { describeMachine, writeSection } from "./machine";
import { measureServer, type ScaleFigures } from "./scale";
import { scaleOut, type ScaleOutFigures } from "./scale-out";
import { startServer } from "./server";
import { sqliteWriters, type WriterFigures } from "./sqlite-writers";
import { hasSwitch, positiveArg, providersArg } from "./args";

const ROOT = path.resolve(import.meta.dirname, "../..");
const CASES = positiveArg("cases", 100_000);
const SECONDS = positiveArg("seconds", 60);
const providers = providersArg();
const TARGETS = { trackingP95: 50, trackingRatio: 0.7, dashboardP95: 150, staffP95: 100, memoryMb: 500 };
const log = (s: string) => console.log(`[bench] ${s}`);

interface Run {
  provider: "sqlite" | "postgresql";
  seedSeconds: number;
  history: number;
  figures: ScaleFigures;
  writers?: WriterFigures;
}

async function database(provider: "sqlite" | "postgresql"): Promise<DatabaseConfig> {
  if (provider === "sqlite") {
    const file = path.join(ROOT, "data", "bench", "skala.db");
    for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
    return { provider, file };
  }
  await pgAdminQuery(`DROP DATABASE IF EXISTS "sipadu_bench_scale" WITH (FORCE)`);
  await pgAdminQuery(`CREATE DATABASE "sipadu_bench_scale"`);
  const u = new URL(pgAdminUrl());
  u.pathname = "/sipadu_bench_scale";
  return { provider, url: u.toString() };
}

/**
 * A database just filled with a million rows is not one in service: PostgreSQL would spend the next minutes
 * vacuuming the new rows and writing them out at its checkpoint, SQLite would read through a large WAL, both
 * during the measurements. Settled first, so that the figures are those of a database in daily use.
 */
async function settle(db: ReturnType<typeof createDb>, provider: "sqlite" | "postgresql") {
  const t0 = performance.now();
  if (provider === "postgresql") {
    await db.$executeRawUnsafe("VACUUM ANALYZE");
    // CHECKPOINT needs a superuser or pg_checkpoint; without it the checkpoint comes on its own schedule.
    await db.$executeRawUnsafe("CHECKPOINT").catch(() => log("postgresql: CHECKPOINT not allowed for this user; measuring anyway"));
  } else {
    await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  }
  log(
    `${provider}: settled (${provider === "postgresql" ? "VACUUM ANALYZE, CHECKPOINT" : "WAL checkpoint"}) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

async function runProvider(provider: "sqlite" | "postgresql", port: number): Promise<Run> {
  const config = await database(provider);
  const db = createDb(config);
  await prepareDatabase(db, config);
  log(`${provider}: seeding ${CASES} cases`);
  const t0 = performance.now();
  const seeded = await seedScale(db, { cases: CASES, today: todayInJakarta(), provider });
  const seedSeconds = (performance.now() - t0) / 1000;
  log(`${provider}: seeded in ${seedSeconds.toFixed(1)} s (${seeded.history} history events)`);
  await settle(db, provider);
  // Background jobs off while measuring: on a fresh copy of ten years of cases they would first close
  // and notify thousands of them, which is a one-off and not what a request costs.
  const server = await startServer(port, {
    DATABASE_URL: config.provider === "sqlite" ? `file:${config.file}` : config.url,
    SIPADU_JOBS: "0",
  });
  try {
    const figures = await measureServer(server, db, seeded.trackable, { trackingRate: 50, dashboardRate: 5, seconds: SECONDS }, (s) =>
      log(`${provider}: ${s}`),
    );
    const writers =
      provider === "sqlite" ? (log("sqlite: 20 writers × 500 transactions"), await sqliteWriters(path.join(ROOT, "data", "bench", "penulis.db"))) : undefined;
    return { provider, seedSeconds, history: seeded.history, figures, writers };
  } finally {
    await server.stop();
    await db.$disconnect();
  }
}

const mark = (ok: boolean) => (ok ? "✅" : "❌");

function table(runs: Run[], out?: ScaleOutFigures): string {
  const col = (f: (r: Run) => string) => runs.map(f).join(" | ");
  const head = `| | ${runs.map((r) => r.provider).join(" | ")} | target |\n| --- | ${runs.map(() => "---").join(" | ")} | --- |`;
  const row = (name: string, f: (r: Run) => string, target = "") => `| ${name} | ${col(f)} | ${target} |`;
  const s = (r: Run) => r.figures;
  const lines = [
    head,
    row(`seed:scale, ${CASES} cases`, (r) => `${r.seedSeconds.toFixed(0)} s (${r.history} events)`, "< 120 s"),
    row("floor: empty route handler (`/api/ping`), 8 clients", (r) => `${fmt(s(r).floorRoute.perSecond)} req/s, p95 ${fmt(s(r).floorRoute.p95)} ms`),
    row("floor: empty public page (`/kosong`), 8 clients, in turns with tracking", (r) => `${fmt(s(r).floor.perSecond)} req/s, p95 ${fmt(s(r).floor.p95)} ms`),
    row(
      "tracking, 8 clients",
      (r) =>
        `${fmt(s(r).trackingThroughput.perSecond)} req/s = ${((s(r).trackingThroughput.perSecond / s(r).floor.perSecond) * 100).toFixed(0)}% of the empty page ${mark(s(r).trackingThroughput.perSecond / s(r).floor.perSecond >= TARGETS.trackingRatio)}, ${((s(r).trackingThroughput.perSecond / s(r).floorRoute.perSecond) * 100).toFixed(0)}% of the empty route`,
      "≥ 70% of floor",
    ),
    row(
      `tracking 50/s open loop, ${SECONDS} s (with dashboard 5/s)`,
      (r) =>
        `p50 ${fmt(s(r).tracking.p50)} / p95 ${fmt(s(r).tracking.p95)} / p99 ${fmt(s(r).tracking.p99)} ms, ${s(r).tracking.errors} errors of ${s(r).tracking.count} ${mark(s(r).tracking.p95 <= TARGETS.trackingP95 && s(r).tracking.errors === 0)}`,
      "p95 ≤ 50 ms",
    ),
    row("… of which lookups (code typed)", (r) => `p50 ${fmt(s(r).trackingByKind.lookup?.p50 ?? NaN)} / p95 ${fmt(s(r).trackingByKind.lookup?.p95 ?? NaN)} ms`),
    row("… of which case pages (cookie)", (r) => `p50 ${fmt(s(r).trackingByKind.page?.p50 ?? NaN)} / p95 ${fmt(s(r).trackingByKind.page?.p95 ?? NaN)} ms`),
    row(
      "dashboard 5/s, same time",
      (r) =>
        `p50 ${fmt(s(r).dashboard.p50)} / p95 ${fmt(s(r).dashboard.p95)} / p99 ${fmt(s(r).dashboard.p99)} ms, ${s(r).dashboard.errors} errors ${mark(s(r).dashboard.p95 <= TARGETS.dashboardP95 && s(r).dashboard.errors === 0)}`,
      "p95 ≤ 150 ms",
    ),
    row(
      "staff case page, 2 clients",
      (r) => `p50 ${fmt(s(r).casePage.p50)} / p95 ${fmt(s(r).casePage.p95)} ms ${mark(s(r).casePage.p95 <= TARGETS.staffP95 && s(r).casePage.errors === 0)}`,
      "p95 ≤ 100 ms",
    ),
    row(
      "inbox, 2 clients",
      (r) => `p50 ${fmt(s(r).inbox.p50)} / p95 ${fmt(s(r).inbox.p95)} ms ${mark(s(r).inbox.p95 <= TARGETS.staffP95 && s(r).inbox.errors === 0)}`,
      "p95 ≤ 100 ms",
    ),
    row(
      "100 submissions at once",
      (r) => {
        const x = s(r).submissions;
        return `${x.stored}/100 stored, ${x.distinctNumbers} distinct numbers${x.consecutive ? ", consecutive" : ", GAPS"}, ${x.errors} errors, ${x.seconds.toFixed(1)} s ${mark(x.stored === 100 && x.distinctNumbers === 100 && x.consecutive && x.errors === 0)}`;
      },
      "all stored once",
    ),
    row(
      "SPT draft rendered by the server",
      (r) => `PDF p50 ${fmt(s(r).sptPdf.p50)} / p95 ${fmt(s(r).sptPdf.p95)} ms; DOCX p50 ${fmt(s(r).sptDocx.p50)} / p95 ${fmt(s(r).sptDocx.p95)} ms`,
    ),
    row("server memory, peak", (r) => `${s(r).peakMemoryMb} MB ${mark(s(r).peakMemoryMb < TARGETS.memoryMb)}`, "< 500 MB"),
    row(
      "20 writers × 500 transactions",
      (r) =>
        r.writers
          ? `${r.writers.committed} committed, ${r.writers.locked} "database is locked", ${r.writers.otherErrors} other errors, sequence at ${r.writers.sequenceEnd}, ${fmt(r.writers.perSecond)} tx/s ${mark(r.writers.locked === 0 && r.writers.committed === 10_000 && r.writers.sequenceEnd === 10_000)}`
          : "–",
      "0 locked",
    ),
  ];
  let text = lines.join("\n");
  if (out) {
    text += `\n\n**Two app servers on one PostgreSQL** (ports split alternately, 20 clients): ${out.stored}/${out.submissions} submissions stored once (${out.perServer.join(" + ")} per server) ${mark(out.stored === out.submissions)}; register numbers unique ${mark(out.numbersUnique)} and consecutive ${mark(out.numbersConsecutive)}; ${out.outboxEmails} e-mails in the outbox, ${out.mailsReceived} received by the SMTP server, ${out.recipientsWithExactlyOne}/${out.submissions} complainants got exactly one ${mark(out.mailsReceived === out.outboxEmails && out.recipientsWithExactlyOne === out.submissions)} (delivered within ${out.deliverySeconds.toFixed(1)} s); job leases ${
      Object.entries(out.leaseHolders)
        .map(([k, v]) => `${k} → ${v}`)
        .join(", ") || "none taken yet"
    }; a session opened on one server valid on the other ${mark(out.crossServerSession)}.`;
  }
  return text;
}

async function main() {
  const started = performance.now();
  const runs: Run[] = [];
  for (const [k, provider] of providers.entries()) runs.push(await runProvider(provider, 3190 + k));
  const out = providers.includes("postgresql") && !hasSwitch("no-scale-out") ? await scaleOut([3193, 3194], 200, log) : undefined;
  const text = table(runs, out);
  console.log(`\n${text}\n`);
  const body = `## At scale: ${CASES} cases, load on public and staff pages (\`npm run bench\`)

Measured ${todayInJakarta()} on ${describeMachine()}, against the production build on loopback (one server; background
jobs off while measuring), the load generator on the same two cores. After seeding, the database is settled as one in
daily use would be (PostgreSQL: VACUUM ANALYZE and a CHECKPOINT; SQLite: a WAL checkpoint). Tracking is half lookups (the receipt code
typed: the server action) and half loads of the tracking page with the cookie a lookup set, each from its own
client address; its throughput and the empty page's are measured in turns (3 × 5 s each, 8 clients in a
closed loop), so that neither meets a colder server than the other; the open loop sends on schedule whatever the answers, so latency is not hidden by a slowed-down
client. The dashboard is the current year's, as leadership opens it (aggregates cached up to a minute,
\`SIPADU_DASHBOARD_CACHE_S\`). Staff pages as the Inspektur, who sees every case. Whole run: ${((performance.now() - started) / 60_000).toFixed(1)} minutes.

${text}`;
  if (hasSwitch("dry-run")) return log("--dry-run: BENCHMARKS.md left as it was");
  writeSection(path.join(ROOT, "BENCHMARKS.md"), "scale", body);
  log("written to BENCHMARKS.md");
}

main()
  .then(() => process.exit(0))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
