// `npm run restore -- <file> --ya`: replaces the whole database with a backup
// made by `npm run backup`. Stop the server first (a SQLite file in use is
// refused). Without --ya it only says what it would do.
import path from "node:path";
import { databaseConfig } from "@/lib/db/config";
import { restoreDatabase } from "@/lib/db/backup";

async function main() {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) throw new Error("sebutkan berkas cadangan: npm run restore -- <berkas> --ya");
  const config = databaseConfig();
  const where = config.provider === "sqlite" ? config.file : "PostgreSQL (DATABASE_URL)";
  if (!args.includes("--ya")) {
    console.log(`Ini akan MENGGANTI seluruh isi ${where} dengan ${path.resolve(file)}. Hentikan server, lalu ulangi dengan --ya.`);
    process.exit(2);
  }
  await restoreDatabase(config, path.resolve(file));
  console.log(`Dipulihkan: ${where} dari ${path.resolve(file)}. Jalankan server lagi (npm start / npm run serve).`);
}

main()
  .then(() => process.exit(0))
  .catch((e) => {
    console.error(`Pemulihan gagal: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
