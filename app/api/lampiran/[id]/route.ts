// Downloads an attachment for staff who may see its case. Always as a
// download with the type detected at upload, never shown inline.
import { getWorkingActor } from "@/lib/auth/session";
import { attachmentForActor } from "@/lib/files/downloads";

export const dynamic = "force-dynamic";

function notFound() {
  return new Response("Berkas tidak ditemukan.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getWorkingActor();
  if (!actor) return new Response("Silakan masuk terlebih dahulu.", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  const { id } = await params;
  const attachment = await attachmentForActor(actor, id);
  if (!attachment) return notFound();
  const asciiName = attachment.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(Buffer.from(attachment.file.content), {
    headers: {
      "content-type": attachment.mimeType,
      "content-length": String(attachment.size),
      "content-disposition": `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
      "x-content-type-options": "nosniff",
      "cache-control": "no-store",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
}
