"use server";
// The Inspektur's decision on what the admin asked for an account (lib/admin/approvals.ts).
import { decideApproval } from "@/lib/admin/approvals";
import { formAction } from "@/lib/auth/action";

export const decideApprovalAction = formAction(async (actor, input) => {
  const r = await decideApproval(actor, input);
  // No revalidation: the decided request stays on the page, with the one-time password, until it is reloaded.
  return {
    message: r.approved ? `Disetujui untuk ${r.userName}.` : `Ditolak untuk ${r.userName}.`,
    data: r.oneTimePassword ? { username: r.username, code: r.oneTimePassword } : undefined,
  };
});
