// The dashboard download routes: who may download, the filters from the URL
// (a tampered parameter is refused with the reason), the file's headers.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getWorkingActor } from "@/lib/auth/session";
import { todayInJakarta } from "@/lib/format/dates";
import type { Download } from "./exports";
import { filterLabel, parseDashboardParams, type DashboardFilter, type Slice } from "./filters";
import { filterOptions } from "./options";

const text = (message: string, status: number) => new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

export async function sendDashboardFile<F extends string>(
  request: Request,
  formats: readonly F[],
  produce: (a: { actor: Actor; filter: DashboardFilter; slice: Slice; today: string; format: F; subtitle: string }) => Promise<Download>,
): Promise<Response> {
  const actor = await getWorkingActor();
  if (!actor) return text("Silakan masuk terlebih dahulu.", 401);
  if (!can(actor.role, "report:export")) return text("Anda tidak berwenang mengunduh laporan ini.", 403);
  const url = new URL(request.url);
  const format = url.searchParams.get("format") ?? formats[0];
  if (!(formats as readonly string[]).includes(format!)) return text(`Format harus ${formats.join(", ")}.`, 400);
  const params = Object.fromEntries(
    [...url.searchParams.keys()]
      .filter((k) => k !== "format")
      .map((k) => {
        const all = url.searchParams.getAll(k);
        return [k, all.length === 1 ? all[0]! : all];
      }),
  );
  const today = todayInJakarta();
  const options = await filterOptions();
  const { filter, slice, notices } = parseDashboardParams(params, today, options.known);
  if (notices.length) return text(`Filter tidak valid: ${notices.join(" ")}`, 400);
  const subtitle = filterLabel(filter, {
    opd: options.opds.find((o) => o.id === filter.opdId)?.name,
    irban: options.irbans.find((i) => i.id === filter.irbanUserId)?.name,
  });
  const file = await produce({ actor, filter, slice, today, format: format as F, subtitle: subtitle ? `Dengan ${subtitle}` : "" });
  return new Response(file.body as BodyInit, {
    headers: {
      "content-type": file.mimeType,
      "content-disposition": `attachment; filename="${file.fileName}"`,
      "x-content-type-options": "nosniff",
      "cache-control": "no-store",
    },
  });
}
