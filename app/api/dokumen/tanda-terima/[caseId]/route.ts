import { receiptFile } from "@/lib/documents/downloads";
import { sendDocument } from "@/lib/documents/http";

export const dynamic = "force-dynamic";

/** A case's receipt for staff (without the receipt code). */
export async function GET(request: Request, { params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  return sendDocument(request, (actor, format) => receiptFile(actor, caseId.slice(0, 40), format));
}
