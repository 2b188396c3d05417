// Benchmark: the follow-up of recommendations at scale (issue 18's target: the recap and the dashboard's
// follow-up section with 200 000 recommendations render with p95 ≤ 150 ms on SQLite and on PostgreSQL, with
// the query plans). seed:scale writes the cases with about two recommendations per approved report; the
// figures, lists and recaps are timed in-process (the domain functions the pages call) and through the
// production server (the dashboard page with its cache off, the recap downloads), and the plan of every
// statement they run is written out, flagged where it reads the whole recommendation table.
//   npm run bench:follow-up [-- --cases 120000] [-- --provider sqlite|postgresql] [-- --runs 30]
// Needs a current build (`npm run build`); writes its section of BENCHMARKS.md.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { createTestDatabase } from "@/tests/test-databases";
import { positiveArg, providersArg } from "./args";
import { describeMachine, writeSection } from "./machine";
import { signIn, startServer } from "./server";
import { p95, median } from "./stats";

const ROOT = path.resolve(import.meta.dirname, "../..");
const CASES = positiveArg("cases", 120_000);
const RUNS = positiveArg("runs", 30);
const TODAY = "2026-11-30";
const PORT = 3197;
const TARGET_MS = 150;

interface Logged {
  query: string;
  params: string;
}

interface Row {
  label: string;
  where: "in-process" | "server";
  p50: number;
  p95: number;
  errors: number;
}

async function timed(label: string, where: Row["where"], fn: () => Promise<boolean>): Promise<Row> {
  let errors = 0;
  for (let i = 0; i < 3; i++) if (!(await fn())) errors++;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    if (!(await fn())) errors++;
    times.push(performance.now() - t);
  }
  return { label, where, p50: median(times), p95: p95(times), errors };
}

async function planOf(db: Db, provider: "sqlite" | "postgresql", q: Logged): Promise<string[]> {
  const params = JSON.parse(q.params) as unknown[];
  try {
    if (provider === "sqlite") {
      const rows = await db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${q.query}`, ...params);
      return rows.map((r) => r.detail);
    }
    const rows = await db.$queryRawUnsafe<Record<string, string>[]>(`EXPLAIN ${q.query}`, ...params);
    return rows.map((r) => Object.values(r)[0]!);
  } catch (e) {
    return [`(plan unavailable: ${(e as Error).message.split("\n")[0]})`];
  }
}

const readsWholeTable = (provider: string, plan: string[]) =>
  plan.some((l) => (provider === "sqlite" ? /^SCAN (RecommendationRecord|t\d+)\b(?! USING)/.test(l.trim()) : /Seq Scan on "RecommendationRecord"/.test(l)));

async function measure(provider: "sqlite" | "postgresql") {
  const testDb = await createTestDatabase(provider, "benchtl");
  process.env.SIPADU_ALLOW_DEMO_PASSWORDS = "1";
  // The one client every lib/ module uses (lib/db, imported only now), on this database, its statements logged.
  process.env.DATABASE_URL = testDb.url;
  process.env.SIPADU_LOG_QUERIES = "1";
  await migrate(testDb.config);
  const { db } = await import("@/lib/db");
  const logged: Logged[] = [];
  let capture = false;
  (db as unknown as { $on(e: "query", cb: (q: Logged) => void): void }).$on("query", (q) => {
    if (capture) logged.push({ query: q.query, params: q.params });
  });
  const { seedDatabase } = await import("@/prisma/seed");
  const { seedScale } = await import("@/prisma/seed/scale");
  const { followUpFigures } = await import("@/lib/follow-up/figures");
  const { listFollowUps } = await import("@/lib/follow-up/list");
  const { recapDownload, recapRows } = await import("@/lib/follow-up/recap");
  try {
    await seedDatabase(db, { demo: true, demoCases: false });
    const t = performance.now();
    const seeded = await seedScale(db, { cases: CASES, today: TODAY, provider });
    const seconds = (performance.now() - t) / 1000;
    const recommendations = await db.recommendationRecord.count();
    console.log(`${provider}: ${seeded.cases} cases, ${recommendations} recommendations in ${seconds.toFixed(0)} s`);
    const inspekturUser = await db.user.findFirstOrThrow({ where: { username: "inspektur" } });
    const inspektur = { ...inspekturUser, sessionId: "bench", mustChangePassword: false } as unknown as Actor;
    // The busiest OPD: its recap is the longest.
    const [busiest] = await db.recommendationRecord.groupBy({ by: ["opdId"], _count: { _all: true }, orderBy: { _count: { opdId: "desc" } }, take: 1 });
    const opdId = busiest!.opdId!;
    const irban = (await db.user.findFirstOrThrow({ where: { role: "IRBAN" }, orderBy: { username: "asc" } })).id;
    const list = { view: "semua" as const, opdId: null, status: null, kind: null, year: null, deadline: null, page: 1 };
    const views: { label: string; fn: () => Promise<boolean> }[] = [
      {
        label: "dashboard section, 2026",
        fn: async () => (await followUpFigures({ from: "2026-01-01", to: "2026-12-31", opdId: null, irbanUserId: null }, TODAY)).total.total > 0,
      },
      {
        label: "dashboard section, 2017–2026",
        fn: async () => (await followUpFigures({ from: "2017-01-01", to: "2026-12-31", opdId: null, irbanUserId: null }, TODAY)).total.total > 0,
      },
      {
        label: "dashboard section, 2017–2026, one Irban",
        fn: async () => (await followUpFigures({ from: "2017-01-01", to: "2026-12-31", opdId: null, irbanUserId: irban }, TODAY)).total.total > 0,
      },
      { label: "/tindak-lanjut all, page 1 (Inspektur)", fn: async () => (await listFollowUps(inspektur, list)).rows.length > 0 },
      { label: "/tindak-lanjut all, page 200", fn: async () => (await listFollowUps(inspektur, { ...list, page: 200 })).rows.length > 0 },
      { label: "/tindak-lanjut overdue, busiest OPD", fn: async () => (await listFollowUps(inspektur, { ...list, opdId, deadline: "lewat" })).total >= 0 },
      { label: "recap rows, 2026 S2, all OPDs", fn: async () => (await recapRows({ year: 2026, semester: 2, opdId: null })).total > 0 },
      { label: "recap rows, 2026 S2, busiest OPD", fn: async () => (await recapRows({ year: 2026, semester: 2, opdId })).total > 0 },
      { label: "recap XLSX, 2026 S2, busiest OPD", fn: async () => (await recapDownload({ year: 2026, semester: 2, opdId }, "xlsx", "Bench")).body.length > 0 },
    ];
    const rows: Row[] = [];
    const plans: { label: string; query: string; plan: string[]; full: boolean }[] = [];
    for (const v of views) {
      rows.push(await timed(v.label, "in-process", v.fn));
      logged.length = 0;
      capture = true;
      await v.fn();
      capture = false;
      for (const q of logged.filter((l) => /RecommendationRecord/.test(l.query))) {
        const plan = await planOf(db, provider, q);
        plans.push({ label: v.label, query: q.query, plan, full: readsWholeTable(provider, plan) });
      }
    }
    const server = await startServer(PORT, {
      DATABASE_URL: testDb.url,
      SIPADU_DASHBOARD_CACHE_S: "0",
      SIPADU_JOBS: "0",
      SIPADU_DATA_DIR: path.join(ROOT, "data", "bench-follow-up"),
    });
    try {
      const cookie = await signIn(server.base, "pimpinan");
      const get = (url: string, check: (r: Response, body: string) => boolean) => async () => {
        const r = await fetch(`${server.base}${url}`, { headers: { cookie } });
        const body = await r.text();
        return r.ok && check(r, body);
      };
      const recap = (format: string) => `/api/tindak-lanjut/rekap?format=${format}&tahun=2026&semester=2&opd=${opdId}`;
      rows.push(
        await timed(
          "/dasbor?tahun=2026 (whole page, cache off)",
          "server",
          get("/dasbor?tahun=2026", (_r, b) => b.includes('data-testid="follow-up-section"')),
        ),
      );
      rows.push(
        await timed(
          "recap XLSX download, busiest OPD",
          "server",
          get(recap("xlsx"), (r) => r.headers.get("content-type")!.includes("spreadsheetml")),
        ),
      );
      rows.push(
        await timed(
          "recap PDF download, busiest OPD",
          "server",
          get(recap("pdf"), (r) => r.headers.get("content-type") === "application/pdf"),
        ),
      );
    } finally {
      await server.stop();
    }
    return { provider, cases: seeded.cases, recommendations, seconds, rows, plans, opdRows: (await recapRows({ year: 2026, semester: 2, opdId })).total };
  } finally {
    await db.$disconnect();
    await testDb.drop();
  }
}

type Result = Awaited<ReturnType<typeof measure>>;

/** Each database in a process of its own: lib/db holds one client per process. */
function inChild(provider: "sqlite" | "postgresql"): Result {
  const out = path.join(tmpdir(), `sipadu-bench-tl-${provider}-${process.pid}.json`);
  const args = ["node_modules/tsx/dist/cli.mjs", "scripts/bench/follow-up.ts", "--provider", provider, "--cases", String(CASES), "--runs", String(RUNS)];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, BENCH_CHILD_OUT: out } });
  if (r.status !== 0) throw new Error(`${provider}: the benchmark's process failed (${r.status})`);
  const result = JSON.parse(readFileSync(out, "utf8")) as Result;
  rmSync(out, { force: true });
  return result;
}

async function main() {
  const child = process.env.BENCH_CHILD_OUT;
  if (child) {
    writeFileSync(child, JSON.stringify(await measure(providersArg()[0]!)));
    process.exit(0);
  }
  const results = providersArg().map(inChild);
  const pass = (r: Row) => r.errors === 0 && r.p95 <= TARGET_MS;
  const table = [
    `| database | view | where | p50 | p95 | errors | p95 ≤ ${TARGET_MS} ms |`,
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...results.flatMap((res) =>
      res.rows.map(
        (r) => `| ${res.provider} | ${r.label} | ${r.where} | ${r.p50.toFixed(1)} ms | ${r.p95.toFixed(1)} ms | ${r.errors} | ${pass(r) ? "✓" : "✗"} |`,
      ),
    ),
  ].join("\n");
  const sizes = results
    .map(
      (r) =>
        `${r.provider}: ${r.cases.toLocaleString("en")} cases, ${r.recommendations.toLocaleString("en")} recommendations (seeded in ${r.seconds.toFixed(0)} s), the busiest OPD's 2026 S2 recap ${r.opdRows.toLocaleString("en")} rows`,
    )
    .join("; ");
  const planText = results
    .map(
      (r) =>
        `### Query plans, ${r.provider}\n\n` +
        r.plans
          .map(
            (q) =>
              `- ${q.label}${q.full ? " — **reads the whole recommendation table**" : ""}\n\n  \`\`\`\n  ${q.query.slice(0, 400)}\n  --\n  ${q.plan.join("\n  ")}\n  \`\`\``,
          )
          .join("\n"),
    )
    .join("\n\n");
  writeSection(
    path.join(ROOT, "BENCHMARKS.md"),
    "follow-up",
    `## Follow-up of recommendations at scale\n\n` +
      `Target: the recap and the dashboard's follow-up section with 200 000 recommendations, p95 ≤ ${TARGET_MS} ms on SQLite and on PostgreSQL. ` +
      `\`npm run bench:follow-up\` (after \`npm run build\`) — ${new Date().toISOString().slice(0, 10)}, ${describeMachine()}.\n` +
      `${sizes}. In-process rows time the domain functions the pages call; server rows time the production build to the last byte ` +
      `(\`pimpinan\`, dashboard cache off), ${RUNS} requests after three warm-ups, one after another; any failed answer fails its row.\n\n${table}\n\n${planText}`,
  );
  for (const r of results)
    for (const row of r.rows) console.log(`${r.provider} ${row.label}: p50 ${row.p50.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms, errors ${row.errors}`);
  const ok = results.every((r) => r.rows.every(pass));
  if (!ok) console.error("a target was missed (see BENCHMARKS.md)");
  process.exit(ok ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
