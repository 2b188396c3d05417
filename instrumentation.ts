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

/**
 * Every error of a page, action or route, logged with the reference the user
 * sees (error.tsx shows the digest as "Kode"): the detail stays in the log,
 * the browser gets a generic message.
 */
export function onRequestError(error: unknown, request: { path: string; method: string }) {
  const ref = (error as { digest?: string } | null)?.digest ?? "-";
  // The path without its query: parameters are not the log's business.
  console.error(`[sipadu] error ref=${ref} ${request.method} ${request.path.split("?")[0]}`, error);
}
