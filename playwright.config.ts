import { defineConfig } from "@playwright/test";

// Debian's Chromium, not a downloaded browser; the flags keep it off the
// (closed) network (STACK.md).
const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const SQLITE_PORT = 3100;
const PG_PORT = 3101;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI_REPORT_E2E ? [["list"], ["json", { outputFile: process.env.CI_REPORT_E2E }]] : [["list"]],
  use: {
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "sqlite", testIgnore: /postgresql\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${SQLITE_PORT}` } },
    // On PostgreSQL: its own spec, and the accessibility and step-by-step layout specs (issue 17 asks both databases).
    { name: "postgresql", testMatch: /(postgresql|accessibility|workflow)\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${PG_PORT}` } },
  ],
  webServer: [
    {
      command: `npx tsx scripts/e2e/server.ts sqlite ${SQLITE_PORT}`,
      url: `http://127.0.0.1:${SQLITE_PORT}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
    },
    {
      command: `npx tsx scripts/e2e/server.ts postgresql ${PG_PORT}`,
      url: `http://127.0.0.1:${PG_PORT}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
    },
  ],
});
