"use server";
// The case page's dealings about the complainant: a WBS reporter's identity (asking, deciding,
// viewing), questions to the complainant, and closing when they never answer.
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/action";
import { decideIdentityAccess, requestIdentityAccess, viewIdentity } from "@/lib/intake/wbs-identity";
import { askComplainant } from "@/lib/intake/messages";
import { closeIncomplete } from "@/lib/sla/pause";

export const requestIdentityAction = formAction(async (actor, input) => {
  const req = await requestIdentityAccess(actor, input);
  revalidatePath(`/aduan/${req.caseId}`);
  return { message: "Permintaan disampaikan kepada Inspektur." };
});

export const decideIdentityAction = formAction(async (actor, input) => {
  const { approved } = await decideIdentityAccess(actor, input);
  revalidatePath("/aduan/[id]", "page");
  return { message: approved ? "Permintaan disetujui." : "Permintaan ditolak." };
});

/** Returns the identity in this response only; the viewing is in the history before it leaves. */
export const viewIdentityAction = formAction(async (actor, input) => {
  const identity = await viewIdentity(actor, input);
  revalidatePath(`/aduan/${String(input.caseId)}`);
  return {
    data: {
      name: identity.name ?? "—",
      nik: identity.nik ?? "—",
      phone: identity.phone ?? "—",
      email: identity.email ?? "—",
    },
  };
});

export const askComplainantAction = formAction(async (actor, input) => {
  const m = await askComplainant(actor, input);
  revalidatePath(`/aduan/${m.caseId}`);
  return { message: "Pertanyaan terkirim. Pelapor menjawab melalui halaman lacak aduan." };
});

export const closeIncompleteAction = formAction(async (actor, input) => {
  const { caseId } = await closeIncomplete(actor, input);
  revalidatePath(`/aduan/${caseId}`);
  revalidatePath("/aduan");
  return { message: "Aduan ditutup sebagai tidak lengkap." };
});
