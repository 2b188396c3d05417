// Creates the first Inspektur of a production installation, the one account
// with access to identities that no Inspektur approves (there is none yet);
// recorded in the audit log. Refused once an active Inspektur exists.
//   SIPADU_INSPEKTUR_PASSWORD='…' npm run user:inspektur -- <username> "<full name>" [--nip <NIP>] [--golongan IV/c] [--jabatan "<jabatan>"]
import { parseArgs } from "node:util";
import { createFirstInspektur } from "@/lib/admin/first-inspektur";
import { readPassword, withDatabase } from "./account-cli";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { nip: { type: "string" }, golongan: { type: "string" }, jabatan: { type: "string" } },
});
const [username, name] = positionals;
if (!username || !name) {
  console.error('Usage: npm run user:inspektur -- <username> "<full name>" [--nip <NIP>] [--golongan IV/c] [--jabatan "<jabatan>"]');
  process.exit(2);
}
const password = await readPassword("SIPADU_INSPEKTUR_PASSWORD");

await withDatabase(async (db) => {
  const user = await createFirstInspektur(db, { username, name, nip: values.nip, rank: values.golongan, jabatan: values.jabatan, password });
  return `Inspektur ${user.username} created and recorded. Sign in at /masuk; two-step sign-in is set up at the first sign-in.`;
});
