// Which database SIPADU runs on, from DATABASE_URL alone: unset means the
// embedded SQLite file data/sipadu.db; postgres(ql):// means PostgreSQL.
import path from "node:path";

export type DatabaseConfig = { provider: "sqlite"; file: string } | { provider: "postgresql"; url: string };

export const DEFAULT_SQLITE_FILE = "data/sipadu.db";

export function databaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) return { provider: "sqlite", file: path.resolve(/*turbopackIgnore: true*/ DEFAULT_SQLITE_FILE) };
  if (/^postgres(ql)?:\/\//.test(raw)) return { provider: "postgresql", url: raw };
  if (raw.startsWith("file:")) {
    const file = raw.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    if (!file) throw new Error("DATABASE_URL=file: needs a path, e.g. file:./data/sipadu.db");
    // Relative to the working directory, as with Prisma's adapters.
    return { provider: "sqlite", file: path.resolve(/*turbopackIgnore: true*/ file) };
  }
  throw new Error("DATABASE_URL must be empty (embedded SQLite), file:<path> or postgresql://user:password@host:port/database");
}

export function isEmbedded(config: DatabaseConfig = databaseConfig()): boolean {
  return config.provider === "sqlite";
}
