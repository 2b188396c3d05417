import path from "node:path";
import { describe, expect, it } from "vitest";
import { databaseConfig as fromEnv } from "./config";

const databaseConfig = (env: Record<string, string>) => fromEnv(env as NodeJS.ProcessEnv);

describe("databaseConfig", () => {
  it("defaults to the embedded SQLite file", () => {
    expect(databaseConfig({})).toEqual({ provider: "sqlite", file: path.resolve("data/sipadu.db") });
  });
  it("reads file: and postgresql URLs", () => {
    expect(databaseConfig({ DATABASE_URL: "file:./x/y.db" })).toEqual({ provider: "sqlite", file: path.resolve("x/y.db") });
    expect(databaseConfig({ DATABASE_URL: "postgresql://u:p@h:5432/d" })).toEqual({ provider: "postgresql", url: "postgresql://u:p@h:5432/d" });
    expect(databaseConfig({ DATABASE_URL: "postgres://u@h/d" }).provider).toBe("postgresql");
  });
  it("refuses anything else with a message saying what is accepted", () => {
    expect(() => databaseConfig({ DATABASE_URL: "mysql://x" })).toThrow(/postgresql:\/\//);
    expect(() => databaseConfig({ DATABASE_URL: "file:" })).toThrow(/path/);
  });
});
