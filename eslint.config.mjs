// ESLint: Next's rules (core web vitals, React hooks) with typescript-eslint,
// and the import boundaries of the architecture (DESIGN.md; issue 16):
// pages never reach the database, lib/ never reaches into app/, and the pure
// modules (working days, formatting, letter templates) do no I/O.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const DATABASE = ["@/lib/db", "@/lib/db/*", "@/prisma/generated/*", "**/lib/db", "**/lib/db/*", "**/prisma/generated/*"];
const APP = ["@/app/*", "**/app/*"];
const IO = [
  "fs",
  "node:fs",
  "fs/promises",
  "node:fs/promises",
  "child_process",
  "node:child_process",
  "net",
  "node:net",
  "http",
  "node:http",
  "https",
  "node:https",
];

const boundary = (patterns, message, paths = []) => ["error", { paths: paths.map((name) => ({ name, message })), patterns: [{ group: patterns, message }] }];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "prisma/generated/**", "node_modules/**", ".reports/**", ".scratch/**", "test-results/**", "data/**", "next-env.d.ts"]),
  {
    rules: {
      // `_`-prefixed names are deliberately unused (a parameter kept for its position)
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["app/**/*.test.ts"],
    rules: { "no-restricted-imports": boundary(DATABASE, "Pages, routes and actions read through named functions in lib/, never the database client.") },
  },
  {
    // (tests of lib/ may drive a route of app/ as a client would)
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["lib/**/*.test.ts"],
    rules: { "no-restricted-imports": boundary(APP, "lib/ does not depend on app/.") },
  },
  {
    // react-pdf's <Image> draws into a PDF: there is no alt text to give.
    files: ["lib/documents/**/*.tsx"],
    rules: { "jsx-a11y/alt-text": "off" },
  },
  {
    // Playwright's fixtures call `use`, and test helpers may be named use…: neither is a React hook.
    files: ["e2e/**/*.ts", "tests/**/*.ts", "**/*.test.ts", "playwright.config.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    files: ["lib/sla/working-days.ts", "lib/format/**/*.ts", "templates/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": boundary(
        [...DATABASE, ...APP, "@/lib/settings/*", "@/lib/outbox/*", "@/lib/runtime/*"],
        "A pure module (working days, formatting, letter templates) does no I/O: it is given what it needs.",
        IO,
      ),
    },
  },
]);
