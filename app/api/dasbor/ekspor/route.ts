import { caseListDownload } from "@/lib/dashboard/exports";
import { sendDashboardFile } from "@/lib/dashboard/http";

export const dynamic = "force-dynamic";

/** /api/dasbor/ekspor?format=csv|xlsx&<dashboard filters> — the filtered case list. */
export async function GET(request: Request) {
  return sendDashboardFile(request, ["xlsx", "csv"] as const, ({ actor, filter, slice, today, format }) =>
    caseListDownload(actor, filter, slice, today, format),
  );
}
