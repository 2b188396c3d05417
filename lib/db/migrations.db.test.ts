// Each provider's committed migrations produce exactly the schema that
// prisma/schema.prisma describes for it: no drift between the two.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SNAPSHOT, diffSql, isEmptyDiff, readSqliteSchema, toPostgresSchema, PG_SCHEMA } from "@/scripts/db/prisma-cli";
import { catalog, runScript } from "@/tests/catalog";
import { createTestDatabase } from "@/tests/test-databases";
import { databaseConfig } from "./config";
import { migrate } from "./migrate";

const provider = databaseConfig().provider;

describe(`migrations (${provider})`, () => {
  it("produce the same structure as the schema itself", async () => {
    // The test database was built by applying the migrations (tests/db-setup.ts).
    const fromMigrations = await catalog(databaseConfig());
    const fromSchema = await createTestDatabase(provider, "schema");
    try {
      await runScript(fromSchema.config, diffSql(provider, null, readSqliteSchema()));
      const expected = await catalog(fromSchema.config);
      expect(Object.keys(expected).length).toBeGreaterThan(2);
      expect(fromMigrations).toEqual(expected);
      // And the comparison does see a difference when there is one.
      await runScript(fromSchema.config, 'ALTER TABLE "Opd" ADD COLUMN "drift" INTEGER');
      expect(await catalog(fromSchema.config)).not.toEqual(fromMigrations);
    } finally {
      await fromSchema.drop();
    }
  }, 60_000);

  it("are up to date with the schema (the snapshot of the last migration equals it)", () => {
    const snapshot = readFileSync(SNAPSHOT, "utf8");
    expect(isEmptyDiff(diffSql(provider, snapshot, readSqliteSchema()))).toBe(true);
  }, 30_000);

  it("come with a current PostgreSQL copy of the schema", () => {
    expect(readFileSync(PG_SCHEMA, "utf8")).toBe(toPostgresSchema(readSqliteSchema()));
  });

  it("are applied once: a second run applies nothing", async () => {
    expect(await migrate(databaseConfig())).toEqual({ applied: [] });
  });
});
