// Storing checked files in the database, inside the transaction that writes
// the record they belong to: the record and its files exist together or not at all.
import type { Tx } from "@/lib/db";
import type { AttachmentKind } from "@/lib/enums";
import type { CheckedFile } from "./uploads";

export async function storeAttachments(
  tx: Tx,
  files: CheckedFile[],
  target: {
    caseId: string;
    kind: AttachmentKind;
    uploadedById?: string | null;
    fromReporter?: boolean;
    messageId?: string;
    findingId?: string;
    followUpResponseId?: string;
  },
): Promise<string[]> {
  const ids: string[] = [];
  for (const f of files) {
    const stored = await tx.storedFile.create({ data: { sha256: f.sha256, size: f.size, content: f.bytes }, select: { id: true } });
    const attachment = await tx.attachment.create({
      data: {
        caseId: target.caseId,
        kind: target.kind,
        fileName: f.fileName,
        mimeType: f.mimeType,
        size: f.size,
        sha256: f.sha256,
        fileId: stored.id,
        uploadedById: target.uploadedById ?? null,
        fromReporter: target.fromReporter ?? false,
        messageId: target.messageId,
        findingId: target.findingId,
        followUpResponseId: target.followUpResponseId,
      },
      select: { id: true },
    });
    ids.push(attachment.id);
  }
  return ids;
}
