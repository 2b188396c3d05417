// Prisma CLI configuration. The CLI is only used for `generate` and for
// `migrate diff` between two datamodels (scripts/db/*.ts); neither reads a
// database, and migrations are applied by lib/db/migrate.ts. The JS schema
// engine is chosen so that nothing is downloaded (STACK.md).
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Provider = "sqlite" | "postgresql";

const provider: Provider =
  process.env.SIPADU_PRISMA_PROVIDER === "postgresql" || (!process.env.SIPADU_PRISMA_PROVIDER && /^postgres(ql)?:/.test(process.env.DATABASE_URL ?? ""))
    ? "postgresql"
    : "sqlite";

// The datasource url must resolve, or the CLI cannot read `engineType` and
// tries to download a query engine. It only has to look like the provider's URL.
if (provider === "postgresql") {
  if (!/^postgres(ql)?:/.test(process.env.DATABASE_URL ?? "")) {
    process.env.DATABASE_URL = "postgresql://sipadu@localhost:5432/sipadu";
  }
} else if (!process.env.DATABASE_URL?.startsWith("file:")) {
  process.env.DATABASE_URL = "file:./data/sipadu.db";
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: provider === "postgresql" ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: `prisma/migrations/${provider}` },
  // The engine opens the adapter even for datamodel-only diffs, but never
  // queries it; the SQL dialect follows the schema's provider. An in-memory
  // SQLite database therefore serves both providers without a server or file.
  async adapter() {
    return new PrismaBetterSQLite3({ url: ":memory:" });
  },
});
