// Backing up and restoring SIPADU's database. SQLite: the online backup API
// (a consistent copy while the server runs), checked with integrity_check.
// PostgreSQL: pg_dump's custom format, checked by listing it with pg_restore.
// A restore replaces everything in the target and is refused while another
// process is writing to a SQLite file.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { DatabaseConfig } from "./config";
import { BUSY_TIMEOUT_MS } from "./sqlite";
import { assertSqliteIdle } from "./sqlite-idle";

export interface BackupResult {
  file: string;
  bytes: number;
  sha256: string;
}

const sha256File = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** A PostgreSQL URL for the client tools, with the password moved out of the command line (where `ps` would show it). */
function pgTarget(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = "";
  // Prisma's own parameters are not libpq's.
  for (const k of [...u.searchParams.keys()]) if (k === "schema" || k === "connection_limit" || k === "pool_timeout") u.searchParams.delete(k);
  return { url: u.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (err += c.toString()));
    child.on("error", (e) => reject(new Error(`${command} tidak dapat dijalankan: ${e.message}`)));
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} gagal (kode ${code}): ${err.trim()}`))));
  });
}

export function defaultBackupFile(config: DatabaseConfig, dir: string, now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  return path.join(dir, `sipadu-${config.provider}-${stamp}.${config.provider === "sqlite" ? "db" : "dump"}`);
}

export async function backupDatabase(config: DatabaseConfig, file: string): Promise<BackupResult> {
  mkdirSync(path.dirname(file), { recursive: true });
  if (existsSync(file)) throw new Error(`Berkas cadangan ${file} sudah ada; pilih nama lain.`);
  if (config.provider === "sqlite") {
    if (!existsSync(config.file)) throw new Error(`Basis data ${config.file} tidak ditemukan.`);
    const source = new Database(config.file, { timeout: BUSY_TIMEOUT_MS });
    try {
      await source.backup(`${file}.part`);
    } finally {
      source.close();
    }
    checkSqliteFile(`${file}.part`);
    renameSync(`${file}.part`, file);
  } else {
    const target = pgTarget(config.url);
    await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}.part`, `--dbname=${target.url}`], target.env);
    // A dump pg_restore cannot list is no backup.
    await run("pg_restore", ["--list", `${file}.part`], target.env);
    renameSync(`${file}.part`, file);
  }
  return { file, bytes: statSync(file).size, sha256: sha256File(file) };
}

/** integrity_check says "ok", and it is a SIPADU database. */
function checkSqliteFile(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const result = db.prepare("PRAGMA integrity_check").all() as { integrity_check: string }[];
    if (result.length !== 1 || result[0]!.integrity_check !== "ok") {
      throw new Error(`Berkas ${file} rusak: ${result.map((r) => r.integrity_check).join("; ")}`);
    }
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('Case', '_prisma_migrations')`).all();
    if (tables.length !== 2) throw new Error(`Berkas ${file} bukan basis data SIPADU.`);
  } finally {
    db.close();
  }
}

export async function restoreDatabase(config: DatabaseConfig, file: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`Berkas cadangan ${file} tidak ditemukan.`);
  if (config.provider === "sqlite") {
    if (!file.endsWith(".db")) throw new Error("Basis data SQLite dipulihkan dari cadangan .db (npm run backup).");
    checkSqliteFile(file);
    // Nobody may be writing: a server still running would keep writing to the file being replaced.
    if (existsSync(config.file)) assertSqliteIdle(config.file);
    mkdirSync(path.dirname(config.file), { recursive: true });
    const staged = `${config.file}.memulihkan`;
    rmSync(staged, { force: true });
    const source = new Database(file, { readonly: true });
    try {
      await source.backup(staged);
    } finally {
      source.close();
    }
    for (const suffix of ["-wal", "-shm"]) rmSync(`${config.file}${suffix}`, { force: true });
    renameSync(staged, config.file);
    return;
  }
  if (!file.endsWith(".dump")) throw new Error("PostgreSQL dipulihkan dari cadangan .dump (npm run backup).");
  const target = pgTarget(config.url);
  await run(
    "pg_restore",
    ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${target.url}`, file],
    target.env,
  );
}
