import { can } from "@/lib/auth/permissions";
import { getWorkingActor } from "@/lib/auth/session";
import { opdById } from "@/lib/admin/opd-list";
import { recapDownload } from "@/lib/follow-up/recap";
import { todayInJakarta } from "@/lib/format/dates";

export const dynamic = "force-dynamic";

const text = (message: string, status: number) => new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/** /api/tindak-lanjut/rekap?format=pdf|xlsx&tahun=2026&semester=1|2[&opd=<id>] — the Laporan Hasil Pemantauan Tindak Lanjut. */
export async function GET(request: Request) {
  const actor = await getWorkingActor();
  if (!actor) return text("Silakan masuk terlebih dahulu.", 401);
  if (!can(actor.role, "report:export")) return text("Anda tidak berwenang mengunduh laporan ini.", 403);
  const url = new URL(request.url);
  const format = url.searchParams.get("format") ?? "pdf";
  if (format !== "pdf" && format !== "xlsx") return text("Format harus pdf atau xlsx.", 400);
  const thisYear = Number(todayInJakarta().slice(0, 4));
  const yearText = url.searchParams.get("tahun") ?? String(thisYear);
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
  if (!(year >= 2000 && year <= thisYear + 1)) return text(`Tahun harus antara 2000 dan ${thisYear + 1}.`, 400);
  const semesterText = url.searchParams.get("semester") ?? "1";
  if (semesterText !== "1" && semesterText !== "2") return text("Semester harus 1 atau 2.", 400);
  const opdId = url.searchParams.get("opd") || null;
  if (opdId && (opdId.length > 40 || !(await opdById(opdId)))) return text("OPD tidak dikenal.", 400);
  const file = await recapDownload({ year, semester: semesterText === "1" ? 1 : 2, opdId }, format, actor.name);
  return new Response(file.body as BodyInit, {
    headers: {
      "content-type": file.mimeType,
      "content-disposition": `attachment; filename="${file.fileName}"`,
      "x-content-type-options": "nosniff",
      "cache-control": "no-store",
    },
  });
}
