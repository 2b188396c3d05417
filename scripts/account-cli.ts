// What the account commands (user:admin, user:inspektur) share: a password
// from the environment or asked for without echo, and the database they write to.
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { createDb, type Db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { migrate } from "@/lib/db/migrate";

function askHidden(question: string): Promise<string> {
  process.stdout.write(question);
  const muted = new Writable({ write: (_c, _e, cb) => cb() });
  const rl = createInterface({ input: process.stdin, output: muted, terminal: true });
  return new Promise((resolve) =>
    rl.question("", (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    }),
  );
}

/** The password from `envName`, or typed at the terminal. */
export async function readPassword(envName: string): Promise<string> {
  return process.env[envName] ?? (await askHidden("Password (at least 12 characters): "));
}

/** Runs `fn` on the migrated database of DATABASE_URL; prints its message, or the error, and exits. */
export async function withDatabase(fn: (db: Db) => Promise<string>): Promise<never> {
  const config = databaseConfig();
  try {
    await migrate(config);
    const db = createDb(config);
    try {
      console.log(await fn(db));
    } finally {
      await db.$disconnect();
    }
    process.exit(0);
  } catch (e) {
    const fields = (e as { fieldErrors?: Record<string, string[]> }).fieldErrors;
    console.error(e instanceof Error ? e.message : String(e));
    for (const [field, messages] of Object.entries(fields ?? {})) console.error(`  ${field}: ${messages.join(" ")}`);
    process.exit(1);
  }
}
