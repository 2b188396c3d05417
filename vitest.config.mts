import path from "node:path";
import { defineConfig } from "vitest/config";

// Three projects: pure unit tests, and the database tests twice — once on a
// real SQLite file, once on a real PostgreSQL database — with the same files.
const dbTests = ["lib/**/*.db.test.ts", "prisma/**/*.db.test.ts", "app/**/*.db.test.ts", "scripts/**/*.db.test.ts"];

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    reporters: process.env.CI_REPORT ? ["default", ["json", { outputFile: process.env.CI_REPORT }]] : ["default"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts"],
          exclude: dbTests,
        },
      },
      {
        extends: true,
        test: {
          name: "sqlite",
          include: dbTests,
          env: { SIPADU_TEST_PROVIDER: "sqlite", SIPADU_TTE: "demo" },
          setupFiles: ["tests/db-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "postgresql",
          include: dbTests,
          env: { SIPADU_TEST_PROVIDER: "postgresql", SIPADU_TTE: "demo" },
          globalSetup: ["tests/pg-global-setup.ts"],
          setupFiles: ["tests/db-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
