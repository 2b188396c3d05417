// Answering a document download: formats, names, errors — shared by the routes.
import { getWorkingActor } from "@/lib/auth/session";
import { DomainError, NotFoundError } from "@/lib/errors";
import type { FileOut, Format } from "./downloads";

export async function sendDocument(
  request: Request,
  produce: (actor: NonNullable<Awaited<ReturnType<typeof getWorkingActor>>>, format: Format) => Promise<FileOut>,
) {
  const actor = await getWorkingActor();
  if (!actor) return new Response("Silakan masuk terlebih dahulu.", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  const url = new URL(request.url);
  const format = url.searchParams.get("format") ?? "pdf";
  if (format !== "pdf" && format !== "docx")
    return new Response("Format harus pdf atau docx.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  // Our own generated PDFs may be shown in the browser for a preview; uploaded files never are.
  const inline = url.searchParams.get("lihat") === "1" && format === "pdf";
  try {
    const file = await produce(actor, format);
    return new Response(Buffer.from(file.bytes), {
      headers: {
        "content-type": file.mimeType,
        "content-disposition": `${inline ? "inline" : "attachment"}; filename="${file.fileName}"`,
        "x-content-type-options": "nosniff",
        "cache-control": "no-store",
      },
    });
  } catch (e) {
    if (e instanceof NotFoundError) return new Response(e.message, { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
    if (e instanceof DomainError) return new Response(e.message, { status: 422, headers: { "content-type": "text/plain; charset=utf-8" } });
    throw e;
  }
}
