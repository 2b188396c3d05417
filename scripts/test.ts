// `npm test`: every test, in order — dependency advisories, lint and format, types, unit, database tests on SQLite
// and PostgreSQL, a production build, then the browser tests on both
// databases. Runs on even when a stage fails (but the browser tests need the
// build), writes JSON reports to .reports/ and ends with "N passed, M failed".
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const ROOT = path.resolve(import.meta.dirname, "..");
const REPORTS = path.join(ROOT, ".reports");
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const bin = (pkg: string) => require.resolve(pkg);
// vitest and eslint do not export their CLI files; their package folders are found through package.json.
const cliOf = (pkg: string, file: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
const vitestCli = cliOf("vitest", "vitest.mjs");

function run(label: string, args: string[], extraEnv: Record<string, string> = {}): boolean {
  console.log(`\n━━━ ${label} ━━━`);
  const res = spawnSync(process.execPath, args, { cwd: ROOT, stdio: "inherit", env: { ...env, ...extraEnv } });
  return res.status === 0;
}

const results: Record<string, boolean> = {};
// No high or critical advisory in what runs in production (skipped, saying so, where npm's advisory service is out of reach).
results.audit = run("Dependency advisories (npm audit)", [bin("tsx/cli"), "scripts/audit-deps.ts"]);
// The habits before the types: ESLint (Next's rules, the import boundaries) and Prettier's format.
results.lint = run("Lint (ESLint)", [cliOf("eslint", "bin/eslint.js"), "--max-warnings", "0", "."]);
results.format = run("Format (Prettier)", [cliOf("prettier", "bin/prettier.cjs"), "--check", "--log-level", "warn", "."]);
results.typecheck = run("TypeScript", [bin("typescript/bin/tsc"), "--noEmit"]);
results.vitest = run("Unit and database tests (SQLite, PostgreSQL)", [vitestCli, "run"], {
  CI_REPORT: path.join(REPORTS, "vitest.json"),
});
results.build = run("Production build", [bin("next/dist/bin/next"), "build"]);
if (results.build) {
  results.e2e = run("Browser tests (Chromium)", [bin("@playwright/test/cli"), "test"], {
    CI_REPORT_E2E: path.join(REPORTS, "e2e.json"),
  });
}

// Counts from the runners' own reports.
let passed = 0;
let failed = 0;
const vitestReport = path.join(REPORTS, "vitest.json");
if (existsSync(vitestReport)) {
  const r = JSON.parse(readFileSync(vitestReport, "utf8"));
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
}
const e2eReport = path.join(REPORTS, "e2e.json");
if (existsSync(e2eReport)) {
  const s = JSON.parse(readFileSync(e2eReport, "utf8")).stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
}
for (const stage of ["audit", "lint", "format", "typecheck", "build"] as const) if (!results[stage]) failed += 1;
if (results.build === false) console.log("\nThe build failed, so the browser tests did not run.");

const ok = Object.values(results).every(Boolean);
console.log(
  `\n${
    ok
      ? "All tests passed."
      : `Failed stages: ${Object.entries(results)
          .filter(([, v]) => !v)
          .map(([k]) => k)
          .join(", ")}`
  }`,
);
const summary = `${passed} passed, ${failed} failed`;
writeFileSync(path.join(REPORTS, "summary.txt"), summary + "\n");
console.log(summary);
process.exit(ok ? 0 : 1);
