import { documentFile } from "@/lib/documents/downloads";
import { sendDocument } from "@/lib/documents/http";

export const dynamic = "force-dynamic";

/** /api/dokumen/<id>?format=pdf|docx — a case's document, within the actor's scope. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return sendDocument(request, (actor, format) => documentFile(actor, id.slice(0, 40), format));
}
