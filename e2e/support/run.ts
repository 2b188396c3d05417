// Runs a support script (tsx) against a test server's database (SQLite by default).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { pgAdminUrl } from "../../tests/test-databases";

export const E2E_SQLITE_FILE = path.resolve("data/e2e-sqlite/sipadu.db");

/** The PostgreSQL database of the PostgreSQL test server (scripts/e2e/server.ts). */
function e2ePgUrl(): string {
  const u = new URL(pgAdminUrl());
  u.pathname = "/sipadu_e2e";
  return u.toString();
}

/** The database of the project the current test runs in (specs that run on both projects), SQLite outside a test. */
function currentProvider(): "sqlite" | "postgresql" {
  try {
    return test.info().project.name === "postgresql" ? "postgresql" : "sqlite";
  } catch {
    return "sqlite";
  }
}

export function runSupport(script: string, ...args: string[]): string {
  return runSupportOn(currentProvider(), script, ...args);
}

// Prisma's query interpreter runs some queries of one transaction side by side; on PostgreSQL, pg 8 warns that
// it will refuse that in pg 9 (a warning about Prisma's internals, not a failure of the script): set aside.
const PG_CONCURRENT_QUERY =
  /^\(node:\d+\) DeprecationWarning: Calling client\.query\(\) when the client is already executing a query|^\(Use `node --trace-deprecation/;
const quiet = (stderr: string) =>
  stderr
    .split("\n")
    .filter((line) => !PG_CONCURRENT_QUERY.test(line))
    .join("\n")
    .trim();

export function runSupportOn(provider: "sqlite" | "postgresql", script: string, ...args: string[]): string {
  const r = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", `e2e/support/${script}`, ...args], {
    encoding: "utf8",
    env: {
      ...process.env,
      DATABASE_URL: provider === "sqlite" ? `file:${E2E_SQLITE_FILE}` : e2ePgUrl(),
      SIPADU_DATA_DIR: path.resolve(`data/e2e-${provider}`),
      // Signing steps taken here sign with the demo CA, as the test servers do.
      SIPADU_TTE: "demo",
    },
  });
  expect(quiet(r.stderr), `${script} failed`).toBe("");
  expect(r.status).toBe(0);
  return r.stdout.trim();
}
