// Operations that replace or copy a whole SQLite database (restore, the move to
// PostgreSQL) must not run under a server that is writing to it.
import Database from "better-sqlite3";

/** Throws when another connection holds the write lock of `file` at this moment. */
export function assertSqliteIdle(file: string): void {
  const probe = new Database(file, { timeout: 0 });
  try {
    probe.exec("BEGIN EXCLUSIVE; ROLLBACK;");
  } catch {
    throw new Error("Basis data sedang dipakai. Hentikan server SIPADU terlebih dahulu, lalu ulangi.");
  } finally {
    probe.close();
  }
}
