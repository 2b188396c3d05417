// Benchmark: the leadership dashboard with 100 000 cases and their history
// (issue 7's target: server render p95 ≤ 150 ms on SQLite and on PostgreSQL;
// no query scans the whole case table — the query plans are written out).
//   npm run bench:dashboard [-- --cases 100000] [-- --provider sqlite|postgresql] [-- --runs 40]
// Needs a current build (`npm run build`); writes its section of BENCHMARKS.md.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createDb, type Db } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { DASHBOARD_SQL } from "@/lib/dashboard/aggregates";
import { yearFilter, type DashboardFilter } from "@/lib/dashboard/filters";
import { seedDatabase } from "@/prisma/seed";
import { seededRandom } from "@/prisma/seed/random";
import { createTestDatabase } from "@/tests/test-databases";
import { describeMachine, writeSection } from "./machine";
import { signIn, startServer } from "./server";
import { positiveArg, providersArg } from "./args";

const ROOT = path.resolve(import.meta.dirname, "../..");
const CASES = positiveArg("cases", 100_000);
const RUNS = positiveArg("runs", 40);
const providers = providersArg();
const FIRST_YEAR = 2017;
const TODAY = "2026-11-30";
const PORT = 3196;

const STATUSES = [
  "DITERIMA",
  "DI_INSPEKTUR",
  "DITELAAH",
  "REKOMENDASI",
  "DISPOSISI_IRBAN",
  "RENCANA_TIM",
  "SPT_DRAFT",
  "SPT_DITANDATANGANI",
  "PELAKSANAAN",
  "LAPORAN_SELESAI",
  "MENUNGGU_KONFIRMASI",
  "SELESAI",
];
const SOURCES = ["MASYARAKAT", "MASYARAKAT", "MASYARAKAT", "LAPAK_ADUAN", "LAPAK_ADUAN", "DISPOSISI_BUPATI", "WBS"];
const TL = ["KLARIFIKASI", "KLARIFIKASI", "KOORDINASI", "AUDIT"];
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** 100 000 cases over ten years, as the procedure leaves them, and 1–12 history events each. */
async function fill(db: Db, provider: "sqlite" | "postgresql") {
  const pg = provider === "postgresql";
  const rnd = seededRandom(7);
  const opds = await db.opd.findMany({ select: { id: true, irbanWilayah: true } });
  const irbans = await db.user.findMany({ where: { role: "IRBAN" }, select: { id: true, irbanWilayah: true } });
  const start = Date.parse(`${FIRST_YEAR}-01-02T00:00:00Z`);
  const span = Date.parse(`${TODAY}T00:00:00Z`) - start;
  const batch = 400;
  let events = 0;
  for (let i = 0; i < CASES; i += batch) {
    const cases: unknown[][] = [];
    const history: unknown[][] = [];
    for (let j = i; j < Math.min(CASES, i + batch); j++) {
      const reg = start + Math.floor((j / CASES) * span);
      const registeredOn = day(reg);
      const age = (Date.parse(`${TODAY}T00:00:00Z`) - reg) / 86_400_000;
      const took = 10 + Math.floor(rnd() * 25);
      const closed = rnd() < 0.1 && age > 10;
      const reached = closed ? 4 : age > took + 14 ? (rnd() < 0.04 ? 8 : 11) : age > took ? 10 : Math.min(9, Math.floor((age / took) * 10));
      const status = closed ? "DITUTUP" : STATUSES[reached]!;
      const opd = opds[Math.floor(rnd() * opds.length)]!;
      const irban = reached >= 4 && !closed ? (irbans.find((u) => u.irbanWilayah === opd.irbanWilayah) ?? null) : null;
      const followedUpOn = reached >= 10 ? day(reg + took * 86_400_000) : null;
      const dueOn = day(reg + 28 * 86_400_000);
      const id = `b${randomBytes(10).toString("hex")}`;
      cases.push([
        id,
        `ADU/${registeredOn.slice(0, 4)}/${String(j + 1).padStart(6, "0")}`,
        SOURCES[Math.floor(rnd() * SOURCES.length)]!,
        status,
        registeredOn,
        dueOn,
        opd.id,
        irban?.id ?? null,
        irban?.irbanWilayah ?? null,
        reached >= 4 && !closed ? TL[Math.floor(rnd() * TL.length)]! : null,
        followedUpOn,
        followedUpOn ? (followedUpOn <= dueOn ? 1 : 0) : null,
        followedUpOn ? Math.round(took * (5 / 7)) : null,
        status === "SELESAI" && rnd() < 0.6 ? 1 + Math.floor(rnd() * 5) : null,
        status === "SELESAI" || status === "DITUTUP" ? day(reg + (took + 5) * 86_400_000) : null,
      ]);
      const steps = closed ? 5 : reached + 1;
      for (let n = 1; n <= steps; n++) history.push([`h${randomBytes(10).toString("hex")}`, id, n, n, `LANGKAH_${n}`, randomBytes(32).toString("hex")]);
    }
    const p = (k: number) => (pg ? `$${k}` : "?");
    let k = 0;
    const caseRows = cases.map(() => {
      const v = Array.from({ length: 15 }, () => p(++k));
      return pg
        ? `(${v[0]}, ${v[1]}, ${v[2]}::"CaseSource", 'WEB', ${v[3]}::"CaseStatus", 'Aduan', 'Uraian', ${v[4]}, ${v[5]}, ${v[6]}, ${v[7]}, ${v[8]}::"IrbanWilayah", ${v[9]}::"TlType", ${v[10]}, ${v[11]}::int::boolean, ${v[12]}::int, ${v[13]}::int, ${v[14]}, now(), now(), '')`
        : `(${v.slice(0, 3).join(", ")}, 'WEB', ${v[3]}, 'Aduan', 'Uraian', ${v.slice(4).join(", ")}, 0, 0, '')`;
    });
    await db.$executeRawUnsafe(
      `INSERT INTO "Case" ("id", "registerNumber", "source", "channel", "status", "title", "description", "registeredOn", "dueOn", "opdId", "irbanUserId", "irbanWilayah", "tlType",
        "followedUpOn", "completedOnTime", "followUpWorkingDays", "satisfaction", "closedOn", "registeredAt", "updatedAt", "searchText") VALUES ${caseRows.join(",")}`,
      ...cases.flat(),
    );
    // History: what the steps wrote (the dashboard reads none of it; it is there to be the size it would be).
    for (let h = 0; h < history.length; h += 1000) {
      const chunk = history.slice(h, h + 1000);
      let m = 0;
      const rows = chunk.map(() => {
        const v = Array.from({ length: 6 }, () => p(++m));
        return pg
          ? `(${v[0]}, ${v[1]}, ${v[2]}::int, ${v[3]}::int, ${v[4]}, 'Sistem', '{}'::jsonb, now(), '0', ${v[5]})`
          : `(${v[0]}, ${v[1]}, ${v[2]}, ${v[3]}, ${v[4]}, 'Sistem', '{}', 0, '0', ${v[5]})`;
      });
      await db.$executeRawUnsafe(
        `INSERT INTO "HistoryEvent" ("id", "caseId", "seq", "step", "type", "actorLabel", "data", "createdAt", "prevHash", "hash") VALUES ${rows.join(",")}`,
        ...chunk.flat(),
      );
      events += chunk.length;
    }
  }
  await db.$executeRawUnsafe(pg ? "ANALYZE" : "ANALYZE");
  if (pg) await db.$executeRawUnsafe('VACUUM ANALYZE "Case"');
  return events;
}

/** The query plan of every dashboard aggregate, and whether any of them reads the whole case table. */
async function plans(db: Db, provider: "sqlite" | "postgresql", filter: DashboardFilter) {
  const out: { name: string; plan: string[]; fullScan: boolean }[] = [];
  for (const [name, build] of Object.entries(DASHBOARD_SQL)) {
    const q =
      name === "figures" || name === "byMonthAndSource"
        ? DASHBOARD_SQL[name](filter, TODAY)
        : (build as (f: DashboardFilter) => { sql: string; text: string; values: unknown[] })(filter);
    let plan: string[];
    if (provider === "sqlite") {
      const rows = await db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${q.sql}`, ...q.values);
      plan = rows.map((r) => r.detail);
    } else {
      const rows = await db.$queryRawUnsafe<Record<string, string>[]>(`EXPLAIN ${q.text}`, ...q.values);
      plan = rows.map((r) => Object.values(r)[0]!);
    }
    const fullScan = plan.some((line) => (provider === "sqlite" ? /^SCAN c\b/.test(line.trim()) : /Seq Scan on "Case"/.test(line)));
    out.push({ name, plan, fullScan });
  }
  return out;
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * p) - 1)]!;

async function renders(base: string, cookie: string, query: string) {
  const get = async () => {
    const t = performance.now();
    const r = await fetch(`${base}/dasbor?${query}`, { headers: { cookie } });
    const body = await r.text();
    if (!r.ok || !body.includes('data-testid="dashboard-figures"')) throw new Error(`/dasbor?${query} did not render its figures (${r.status})`);
    return performance.now() - t;
  };
  for (let i = 0; i < 5; i++) await get();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await get());
  return { p50: pct(times, 0.5), p95: pct(times, 0.95) };
}

async function measure(provider: "sqlite" | "postgresql") {
  const testDb = await createTestDatabase(provider, "benchdash");
  process.env.SIPADU_ALLOW_DEMO_PASSWORDS = "1";
  const db = createDb(testDb.config);
  try {
    await migrate(testDb.config);
    await seedDatabase(db, { demo: true, demoCases: false });
    const t = performance.now();
    const events = await fill(db, provider);
    console.log(`${provider}: ${CASES} cases and ${events} history events in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    const year = yearFilter(2026);
    const opd = (await db.opd.findFirstOrThrow({ orderBy: { code: "asc" } })).id;
    const queryPlans = await plans(db, provider, year);
    const server = await startServer(PORT, {
      DATABASE_URL: testDb.url,
      SIPADU_DASHBOARD_CACHE_S: "0",
      SIPADU_JOBS: "0",
      SIPADU_DATA_DIR: path.join(ROOT, "data", "bench-dashboard"),
    });
    try {
      const cookie = await signIn(server.base, "pimpinan");
      const views = [
        { label: "this year (2026)", query: "tahun=2026" },
        { label: "2025, one OPD", query: `tahun=2025&opd=${opd}` },
        { label: "2026, WBS, audit", query: "tahun=2026&sumber=WBS&tl=AUDIT" },
      ];
      const timed = [];
      for (const v of views) timed.push({ ...v, ...(await renders(server.base, cookie, v.query)) });
      return { provider, events, plans: queryPlans, timed };
    } finally {
      await server.stop();
    }
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
    for (const v of r.timed) console.log(`${p} ${v.label}: p50 ${v.p50.toFixed(0)} ms, p95 ${v.p95.toFixed(0)} ms`);
    for (const q of r.plans) if (q.fullScan) console.log(`${p} ${q.name}: FULL SCAN\n  ${q.plan.join("\n  ")}`);
  }
  const ok = results.every((r) => r.timed.every((v) => v.p95 <= 150) && r.plans.every((q) => !q.fullScan));
  const table = [
    "| database | view | p50 | p95 | target p95 ≤ 150 ms |",
    "| --- | --- | --- | --- | --- |",
    ...results.flatMap((r) =>
      r.timed.map((v) => `| ${r.provider} | ${v.label} | ${v.p50.toFixed(0)} ms | ${v.p95.toFixed(0)} ms | ${v.p95 <= 150 ? "✓" : "✗"} |`),
    ),
  ].join("\n");
  const planText = results
    .map(
      (r) =>
        `### Query plans, ${r.provider} (filter: the year 2026)\n\n` +
        r.plans
          .map((q) => `- \`${q.name}\`${q.fullScan ? " — **reads the whole case table**" : ""}\n\n  \`\`\`\n  ${q.plan.join("\n  ")}\n  \`\`\``)
          .join("\n"),
    )
    .join("\n\n");
  writeSection(
    path.join(ROOT, "BENCHMARKS.md"),
    "dashboard",
    `## Dashboard server render with ${CASES.toLocaleString("en")} cases and their history\n\n` +
      `Target: p95 ≤ 150 ms on SQLite and on PostgreSQL; no query reads the whole case table. \`npm run bench:dashboard\` (after \`npm run build\`) — ` +
      `${new Date().toISOString().slice(0, 10)}, ${describeMachine()}.\n` +
      `${CASES.toLocaleString("en")} cases registered ${FIRST_YEAR}–2026 (about ${Math.round(CASES / 10).toLocaleString("en")} a year; ` +
      `${results[0]?.events.toLocaleString("en")} history events), statuses as the procedure leaves them. The production build serves \`/dasbor\` to the signed-in ` +
      `\`pimpinan\` with the one-minute aggregate cache **off** (\`SIPADU_DASHBOARD_CACHE_S=0\`), so every request runs every aggregate; a request is timed ` +
      `to the last byte of the streamed page (all seven sections). ${RUNS} requests after five warm-ups, one after another.\n\n${table}\n\n${planText}`,
  );
  if (!ok) {
    console.error("a target was missed (see BENCHMARKS.md)");
    process.exit(1);
  }
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
