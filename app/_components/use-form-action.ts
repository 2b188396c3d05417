"use client";
// useActionState for every form: when the server's answer never comes (the
// connection dropped, a proxy refused the request as too large, the server
// stopped), the form does not fall to the error page and lose what was typed:
// it shows a message and the text it sent, to send again.
import { useActionState } from "react";
import { echoValues } from "@/lib/auth/form-values";
import { IDLE, type ActionState } from "@/lib/auth/action-state";

export type FormActionFn = (state: ActionState, form: FormData) => Promise<ActionState>;

export const NOT_DELIVERED =
  "Isian belum terkirim: sambungan terputus atau server menolak permintaan (misalnya lampiran terlalu besar). " +
  "Isian Anda masih di sini; periksa lampiran lalu kirim lagi.";

/** Next.js signals redirects and "not found" by throwing; those are not failures. */
function isNavigation(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && /^NEXT_(REDIRECT|NOT_FOUND|HTTP_ERROR)/.test(digest);
}

export function notDelivered(form: FormData): ActionState {
  return { status: "error", code: "TIDAK_TERKIRIM", message: NOT_DELIVERED, fieldErrors: {}, values: echoValues(form.entries()) };
}

export function useFormAction(action: FormActionFn) {
  return useActionState(async (state: ActionState, form: FormData) => {
    try {
      return await action(state, form);
    } catch (error) {
      if (isNavigation(error)) throw error;
      console.error("[sipadu] form not delivered", error);
      return notDelivered(form);
    }
  }, IDLE);
}
