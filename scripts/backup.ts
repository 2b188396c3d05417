// `npm run backup [-- --out <file>]`: a consistent copy of the database while
// SIPADU keeps running — SQLite's online backup (checked with integrity_check)
// or pg_dump (checked with pg_restore --list). Prints the file and its SHA-256.
import path from "node:path";
import { databaseConfig } from "@/lib/db/config";
import { backupDatabase, defaultBackupFile } from "@/lib/db/backup";
import { dataDir } from "@/lib/runtime/data-dir";

async function main() {
  const args = process.argv.slice(2);
  const i = args.indexOf("--out");
  if (i >= 0 && !args[i + 1]) throw new Error("--out memerlukan nama berkas.");
  const config = databaseConfig();
  const file = i >= 0 ? path.resolve(args[i + 1]!) : defaultBackupFile(config, path.join(dataDir(), "cadangan"));
  const r = await backupDatabase(config, file);
  console.log(`Cadangan ${config.provider} tersimpan: ${r.file} (${r.bytes} byte, SHA-256 ${r.sha256})`);
}

main()
  .then(() => process.exit(0))
  .catch((e) => {
    console.error(`Pencadangan gagal: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
