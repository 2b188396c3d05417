import { describe, expect, it } from "vitest";
import { isEmptyDiff, readSqliteSchema, toPostgresSchema } from "./prisma-cli";

describe("one schema source", () => {
  it("derives the PostgreSQL schema by provider and client folder only", () => {
    const sqlite = readSqliteSchema();
    const pg = toPostgresSchema(sqlite);
    expect(pg).toContain('provider = "postgresql"');
    expect(pg).toContain('"../generated/postgresql"');
    const normalise = (s: string) =>
      s
        .replace(/^\/\/ GENERATED[\s\S]*?\n\n/, "")
        .replace(/"sqlite"|"postgresql"/g, "P")
        .replace(/"\.\/generated\/sqlite"|"\.\.\/generated\/postgresql"/g, "O");
    expect(normalise(pg)).toBe(normalise(sqlite));
  });

  it("recognises an empty diff", () => {
    expect(isEmptyDiff("-- This is an empty migration.\n")).toBe(true);
    expect(isEmptyDiff('-- CreateTable\nCREATE TABLE "x" ();')).toBe(false);
  });
});
