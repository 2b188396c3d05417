// One of the concurrent writers of the SQLite benchmark: its own process and
// connection, `count` transactions, each taking a number from a shared
// sequence and writing a row (what a step does, in small). Prints one JSON line.
//   node --import tsx scripts/bench/sqlite-writer.ts <file> <count> <writer> <start at, ms since epoch>
import { performance } from "node:perf_hooks";
import { createDb } from "@/lib/db";
import { nextInSequence } from "@/lib/numbering/sequence";

async function main() {
  const [file, count, writer, startAt] = process.argv.slice(2);
  const db = createDb({ provider: "sqlite", file: file! });
  await db.opd.count(); // connected before the start signal
  // All writers begin together (process start-up would otherwise spread them out).
  const wait = Number(startAt ?? 0) - Date.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  let ok = 0;
  let locked = 0;
  let other = 0;
  const t0 = performance.now();
  for (let i = 0; i < Number(count); i++) {
    try {
      await db.$transaction(async (tx) => {
        const n = await nextInSequence(tx, "BENCH_TULIS", 2026);
        await tx.loginAttempt.create({ data: { login: `penulis-${writer}`, clientIp: "127.0.0.1", success: true, outcome: `N${n}` } });
      });
      ok++;
    } catch (e) {
      if (/database is locked|SQLITE_BUSY/i.test(String(e))) locked++;
      else other++;
    }
  }
  console.log(JSON.stringify({ ok, locked, other, ms: performance.now() - t0 }));
  await db.$disconnect();
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
