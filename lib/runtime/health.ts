// Whether the database answers, for /api/health (load balancers, monitoring).
import { db, databaseProvider } from "@/lib/db";

export async function databaseHealth(): Promise<{ ok: boolean; database: string }> {
  const database = databaseProvider();
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return { ok: true, database };
  } catch (error) {
    console.error("[health] database check failed", error);
    return { ok: false, database };
  }
}
