// Creates the first administrator of a production installation (where the
// demo accounts are not created):
//   SIPADU_ADMIN_PASSWORD='…' npm run user:admin -- <username> "<full name>"
// Without SIPADU_ADMIN_PASSWORD the password is asked for (not shown).
import { hashPassword, newPasswordSchema } from "@/lib/auth/password";
import { usernameSchema } from "@/lib/admin/user-schema";
import { readPassword, withDatabase } from "./account-cli";

const [rawUsername, name] = process.argv.slice(2);
const username = usernameSchema.safeParse(rawUsername ?? "");
if (!username.success || !name?.trim()) {
  console.error('Usage: npm run user:admin -- <username> "<full name>"');
  if (!username.success) console.error(username.error.issues.map((i) => i.message).join(" "));
  process.exit(2);
}
const checked = newPasswordSchema.safeParse(await readPassword("SIPADU_ADMIN_PASSWORD"));
if (!checked.success) {
  console.error(checked.error.issues.map((i) => i.message).join(" "));
  process.exit(2);
}

await withDatabase(async (db) => {
  if (await db.user.findUnique({ where: { username: username.data } })) throw new Error(`A user named ${username.data} already exists; nothing changed.`);
  await db.user.create({
    data: { username: username.data, name: name.trim(), jabatan: "Administrator SIPADU", role: "ADMIN", passwordHash: await hashPassword(checked.data) },
  });
  return `Administrator ${username.data} created. Sign in at /masuk.`;
});
