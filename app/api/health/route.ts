import { databaseHealth } from "@/lib/runtime/health";

export const dynamic = "force-dynamic";

/** For load balancers and monitoring: 200 only when the database answers. */
export async function GET() {
  const { ok, database } = await databaseHealth();
  return ok ? Response.json({ status: "ok", database }) : Response.json({ status: "error", database }, { status: 503 });
}
