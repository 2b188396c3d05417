// Generates both Prisma clients (run by `postinstall`): the app is typed
// against the SQLite client and uses the PostgreSQL one when DATABASE_URL says so.
import { PG_SCHEMA, PROVIDERS, SQLITE_SCHEMA, runPrisma } from "./prisma-cli";

for (const provider of PROVIDERS) {
  const schema = provider === "sqlite" ? SQLITE_SCHEMA : PG_SCHEMA;
  const res = runPrisma(provider, ["generate", "--schema", schema]);
  const line = res.stdout.split("\n").find((l) => l.includes("Generated"));
  console.log(`${provider}: ${line?.trim() ?? "generated"}`);
}
