import { db, databaseProvider } from "@/lib/db";

export const dynamic = "force-dynamic";

/** For load balancers and monitoring: 200 only when the database answers. */
export async function GET() {
  const database = databaseProvider();
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return Response.json({ status: "ok", database });
  } catch (error) {
    console.error("[health] database check failed", error);
    return Response.json({ status: "error", database }, { status: 503 });
  }
}
