// Writes prisma/postgresql/schema.prisma from prisma/schema.prisma.
// `--check` exits 1 when the committed copy is out of date (used by the tests).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PG_SCHEMA, readSqliteSchema, toPostgresSchema } from "./prisma-cli";

const expected = toPostgresSchema(readSqliteSchema());
const current = existsSync(PG_SCHEMA) ? readFileSync(PG_SCHEMA, "utf8") : null;

if (process.argv.includes("--check")) {
  if (current !== expected) {
    console.error("prisma/postgresql/schema.prisma is out of date: run `npm run db:schema`.");
    process.exit(1);
  }
  console.log("prisma/postgresql/schema.prisma is up to date.");
} else if (current !== expected) {
  mkdirSync(path.dirname(PG_SCHEMA), { recursive: true });
  writeFileSync(PG_SCHEMA, expected);
  console.log("Wrote prisma/postgresql/schema.prisma.");
}
