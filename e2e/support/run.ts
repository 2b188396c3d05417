// Runs a support script (tsx) against the SQLite test server's database.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect } from "@playwright/test";

export const E2E_SQLITE_FILE = path.resolve("data/e2e-sqlite/sipadu.db");

export function runSupport(script: string, ...args: string[]): string {
  const r = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", `e2e/support/${script}`, ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: `file:${E2E_SQLITE_FILE}`, SIPADU_DATA_DIR: path.resolve("data/e2e-sqlite") },
  });
  expect(r.stderr, `${script} failed`).toBe("");
  expect(r.status).toBe(0);
  return r.stdout.trim();
}
