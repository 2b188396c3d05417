// Runs a support script (tsx) against a test server's database (SQLite by default).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect } from "@playwright/test";
import { pgAdminUrl } from "../../tests/test-databases";

export const E2E_SQLITE_FILE = path.resolve("data/e2e-sqlite/sipadu.db");

/** The PostgreSQL database of the PostgreSQL test server (scripts/e2e/server.ts). */
function e2ePgUrl(): string {
  const u = new URL(pgAdminUrl());
  u.pathname = "/sipadu_e2e";
  return u.toString();
}

export function runSupport(script: string, ...args: string[]): string {
  return runSupportOn("sqlite", script, ...args);
}

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
  expect(r.stderr, `${script} failed`).toBe("");
  expect(r.status).toBe(0);
  return r.stdout.trim();
}
