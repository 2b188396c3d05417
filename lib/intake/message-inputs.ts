// The schemas of the messages between the staff and the complainant, and of a request to open a WBS
// reporter's identity: zod only, so the pages that show these forms read their limits (the character
// counters) from the same schema the server checks.
import { z } from "zod";
import { text } from "@/lib/validation/fields";

export const askInput = z.strictObject({ caseId: z.string().min(1).max(40), question: text("Pertanyaan", 3000) });
export const answerInput = z.strictObject({ body: text("Jawaban", 5000), lampiran: z.unknown().optional() });
export const identityRequestInput = z.strictObject({ caseId: z.string().min(1).max(40), reason: text("Alasan", 1000) });
