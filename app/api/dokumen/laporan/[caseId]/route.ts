import { reportDraftFile } from "@/lib/documents/downloads";
import { sendDocument } from "@/lib/documents/http";

export const dynamic = "force-dynamic";

/** The draft report of a case, marked DRAF. */
export async function GET(request: Request, { params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  return sendDocument(request, (actor, format) => reportDraftFile(actor, caseId.slice(0, 40), format));
}
