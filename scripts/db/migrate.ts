// Applies the committed migrations to the database DATABASE_URL names (the
// app also does this by itself when it starts).
import { databaseConfig } from "@/lib/db/config";
import { migrate } from "@/lib/db/migrate";

migrate(databaseConfig())
  .then(({ applied }) => {
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
    // The pg pool's timers may linger; nothing else is pending.
    process.exit(0);
  })
  .catch((e) => {
    console.error(`Migration failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
