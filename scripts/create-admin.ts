// Creates the first administrator of a production installation (where the
// demo accounts are not created):
//   SIPADU_ADMIN_PASSWORD='…' npm run user:admin -- <username> "<full name>"
// Without SIPADU_ADMIN_PASSWORD the password is asked for (not shown).
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { hashPassword, newPasswordSchema } from "@/lib/auth/password";
import { usernameSchema } from "@/lib/admin/user-schema";
import { createDb } from "@/lib/db";
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

async function main() {
  const [rawUsername, name] = process.argv.slice(2);
  const username = usernameSchema.safeParse(rawUsername ?? "");
  if (!username.success || !name?.trim()) {
    console.error('Usage: npm run user:admin -- <username> "<full name>"');
    if (!username.success) console.error(username.error.issues.map((i) => i.message).join(" "));
    process.exit(2);
  }
  const password = process.env.SIPADU_ADMIN_PASSWORD ?? (await askHidden("Password (at least 12 characters): "));
  const checked = newPasswordSchema.safeParse(password);
  if (!checked.success) {
    console.error(checked.error.issues.map((i) => i.message).join(" "));
    process.exit(2);
  }
  const config = databaseConfig();
  await migrate(config);
  const db = createDb(config);
  try {
    if (await db.user.findUnique({ where: { username: username.data } })) {
      console.error(`A user named ${username.data} already exists; nothing changed.`);
      process.exit(1);
    }
    await db.user.create({
      data: {
        username: username.data,
        name: name.trim(),
        jabatan: "Administrator SIPADU",
        role: "ADMIN",
        passwordHash: await hashPassword(checked.data),
      },
    });
    console.log(`Administrator ${username.data} created. Sign in at /masuk.`);
  } finally {
    await db.$disconnect();
  }
}

main()
  .then(() => process.exit(0))
  .catch((e) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
