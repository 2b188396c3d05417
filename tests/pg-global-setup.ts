// Before any PostgreSQL test: the server must answer. A missing server is a
// failure with instructions, never a silent skip.
import { pgAdminQuery, pgAdminUrl } from "./test-databases";

export default async function setup() {
  try {
    await pgAdminQuery("SELECT 1");
  } catch (error) {
    const where = pgAdminUrl().replace(/:[^:@/]*@/, ":***@");
    throw new Error(
      `PostgreSQL is not reachable at ${where} (${(error as Error).message}).\n` +
        "Start it (pg_ctlcluster 15 main start) and set the postgres password, or point SIPADU_TEST_PG_URL at a server.",
    );
  }
}
