// Runs once when a server starts, before it answers requests: the database is
// migrated (and filled on first start) so no separate setup command is needed.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { db } = await import("@/lib/db");
  const { prepareDatabase } = await import("@/lib/db/prepare");
  const result = await prepareDatabase(db);
  const parts = [`database ${result.provider} ready`];
  if (result.applied.length) parts.push(`applied ${result.applied.join(", ")}`);
  if (result.seeded) parts.push(`seeded ${result.seeded.opds} OPD, ${result.seeded.holidays} holidays, ${result.seeded.demoUsers} demo users`);
  console.log(`[sipadu] ${parts.join("; ")}`);
  const { startBackgroundJobs } = await import("@/lib/jobs/runner");
  startBackgroundJobs();
}
