// SQLite under concurrent writers: `writers` processes, each with its own
// connection, `each` transactions apiece, all at once. SQLite has one writer
// at a time; every transaction takes the write lock up front (BEGIN IMMEDIATE,
// lib/db/sqlite.ts) and waits its turn within busy_timeout, so none may fail
// with "database is locked" and the shared sequence must end at the total.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { createDb } from "@/lib/db";
import { prepareDatabase } from "@/lib/db/prepare";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface WriterFigures {
  writers: number;
  each: number;
  committed: number;
  locked: number;
  otherErrors: number;
  sequenceEnd: number;
  seconds: number;
  perSecond: number;
}

export async function sqliteWriters(file: string, writers = 20, each = 500): Promise<WriterFigures> {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  const config = { provider: "sqlite" as const, file };
  const db = createDb(config);
  await prepareDatabase(db, config);
  const results = await runWriters(file, writers, each, 20_000);
  const seconds = Math.max(...results.map((r) => r.ms)) / 1000;
  const seq = await db.numberSequence.findUnique({ where: { key_year: { key: "BENCH_TULIS", year: 2026 } } });
  await db.$disconnect();
  const committed = results.reduce((s, r) => s + r.ok, 0);
  return {
    writers,
    each,
    committed,
    locked: results.reduce((s, r) => s + r.locked, 0),
    otherErrors: results.reduce((s, r) => s + r.other, 0),
    sequenceEnd: seq?.last ?? 0,
    seconds,
    perSecond: committed / seconds,
  };
}

export interface WriterRun {
  ok: number;
  locked: number;
  other: number;
  ms: number;
}

/** `writers` processes of scripts/bench/sqlite-writer.ts on `file`, started together after `startInMs`. */
export function runWriters(file: string, writers: number, each: number, startInMs: number): Promise<WriterRun[]> {
  const startAt = Date.now() + startInMs;
  return Promise.all(
    Array.from(
      { length: writers },
      (_, w) =>
        new Promise<WriterRun>((resolve, reject) => {
          const child = spawn(process.execPath, ["--import", "tsx", "scripts/bench/sqlite-writer.ts", file, String(each), String(w), String(startAt)], {
            cwd: ROOT,
            stdio: ["ignore", "pipe", "inherit"],
          });
          let out = "";
          child.stdout.on("data", (c: Buffer) => (out += c.toString()));
          child.on("exit", (code) =>
            code === 0 ? resolve(JSON.parse(out.trim().split("\n").pop()!) as WriterRun) : reject(new Error(`writer ${w} exited with ${code}`)),
          );
        }),
    ),
  );
}
