import { recapDownload } from "@/lib/dashboard/exports";
import { sendDashboardFile } from "@/lib/dashboard/http";

export const dynamic = "force-dynamic";

/** /api/dasbor/rekap?format=pdf|xlsx|csv&<dashboard filters> — the monthly recap. */
export async function GET(request: Request) {
  return sendDashboardFile(request, ["pdf", "xlsx", "csv"] as const, ({ actor, filter, today, format, subtitle }) =>
    recapDownload(filter, today, format, actor.name, subtitle),
  );
}
