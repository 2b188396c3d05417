// Writes the next migration for both providers from the change between the
// schema snapshot (the schema as of the newest migration) and prisma/schema.prisma.
//   npm run db:migration -- <name>     e.g. npm run db:migration -- add_totp
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MIGRATIONS_DIR, PG_SCHEMA, PROVIDERS, SNAPSHOT, diffSql, isEmptyDiff, readSqliteSchema, toPostgresSchema } from "./prisma-cli";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]{1,60}$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name>   (lower case letters, digits and _)");
  process.exit(2);
}

const current = readSqliteSchema();
writeFileSync(PG_SCHEMA, toPostgresSchema(current));
const previous = existsSync(SNAPSHOT) ? readFileSync(SNAPSHOT, "utf8") : null;
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = `${stamp}_${name}`;

let wrote = 0;
for (const provider of PROVIDERS) {
  const sql = diffSql(provider, previous, current);
  if (isEmptyDiff(sql)) continue;
  const dir = path.join(MIGRATIONS_DIR, provider, folder);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  const lock = path.join(MIGRATIONS_DIR, provider, "migration_lock.toml");
  if (!existsSync(lock)) writeFileSync(lock, `provider = "${provider}"\n`);
  console.log(`Wrote prisma/migrations/${provider}/${folder}/migration.sql`);
  wrote++;
}
if (wrote === 0) {
  console.log("The schema has not changed since the last migration: nothing written.");
} else {
  writeFileSync(SNAPSHOT, current);
}
