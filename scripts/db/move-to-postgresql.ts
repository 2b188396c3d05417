// `npm run db:move -- --to postgresql://…`: copies the embedded SQLite
// installation (DATABASE_URL unset or file:…) into an empty PostgreSQL
// database, all or nothing, and checks the copy (lib/db/move-to-postgresql.ts).
// Stop the server first.
import path from "node:path";
import { databaseConfig } from "@/lib/db/config";
import { MoveError, moveToPostgresql } from "@/lib/db/move-to-postgresql";
import { dataDir } from "@/lib/runtime/data-dir";

async function main() {
  const args = process.argv.slice(2);
  const i = args.indexOf("--to");
  const to = i >= 0 ? args[i + 1] : undefined;
  if (!to) throw new MoveError("Sebutkan tujuan: npm run db:move -- --to postgresql://pengguna:sandi@host:5432/sipadu");
  const source = databaseConfig();
  if (source.provider !== "sqlite")
    throw new MoveError("DATABASE_URL sudah menunjuk PostgreSQL; sumber pemindahan adalah berkas SQLite (kosongkan DATABASE_URL atau file:…).");
  console.log(`Memindahkan ${source.file} ke PostgreSQL…`);
  const r = await moveToPostgresql(source.file, to, (line) => console.log(`  ${line}`));
  console.log(`Selesai: ${r.rows} baris dari ${r.tables.length} tabel; riwayat ${r.cases} aduan (${r.events} peristiwa) utuh.`);
  // The embedded installation generated its keys into the data folder; the new servers need the same ones.
  const keys = path.relative(process.cwd(), dataDir()) || ".";
  console.log(
    "Jalankan server dengan DATABASE_URL yang baru, dan bawa kunci dari folder data: " +
      `NEXTAUTH_SECRET=$(cat ${keys}/auth-secret) SIPADU_ENCRYPTION_KEY=$(cat ${keys}/encryption-key) ` +
      "(tanpa kunci enkripsi yang sama, identitas pelapor WBS tidak dapat dibuka).",
  );
}

main()
  .then(() => process.exit(0))
  .catch((e) => {
    console.error(`Pemindahan gagal: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
