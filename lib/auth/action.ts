// The one wrapper every server action is built on: no action can skip the
// session. It hands the raw input to a domain function and maps the outcome to
// form state — expected errors as values with their Indonesian message,
// anything else as a generic message (details to the server log).
import { randomBytes } from "node:crypto";
import { redirect } from "next/navigation";
import { DomainError, GENERIC_ERROR_MESSAGE, UnauthenticatedError } from "@/lib/errors";
import type { ActionState } from "./action-state";
import { formDataToObject } from "@/lib/validation/parse";
import { echoValues } from "./form-values";
import type { Actor } from "./actor";
import { getActor } from "./session";

export type { ActionState } from "./action-state";

export interface ActionOutcome {
  message?: string;
  data?: Record<string, string>;
  /** where to go after success (a path inside SIPADU) */
  redirectTo?: string;
}

const echo = (input: Record<string, unknown>) => echoValues(Object.entries(input));

export function errorState(error: unknown, input: Record<string, unknown>): ActionState {
  if (error instanceof DomainError) {
    return { status: "error", code: error.code, message: error.message, fieldErrors: error.fieldErrors, values: echo(input) };
  }
  const ref = randomBytes(4).toString("hex");
  console.error(`[action] unexpected error ref=${ref}`, error);
  return { status: "error", code: "GALAT", message: `${GENERIC_ERROR_MESSAGE} (Kode: ${ref})`, fieldErrors: {}, values: echo(input) };
}

export interface FormActionOptions {
  /** true only for the actions a user with a temporary password may take (changing it) */
  allowTemporaryPassword?: boolean;
  /** true only for setting up two-step sign-in (and changing the password), which a required role must do first */
  allowBeforeTwoFactor?: boolean;
}

/** A form action: `useActionState(formAction((actor, input) => domainFn(actor, input)), IDLE)`. */
export function formAction(handler: (actor: Actor, input: Record<string, unknown>) => Promise<ActionOutcome | void>, options: FormActionOptions = {}) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const input = formDataToObject(formData);
    let outcome: ActionOutcome | void;
    try {
      const actor = await getActor();
      if (!actor) throw new UnauthenticatedError();
      if (actor.mustChangePassword && !options.allowTemporaryPassword) {
        throw new DomainError("WAJIB_GANTI_SANDI", "Ganti kata sandi sementara Anda terlebih dahulu di halaman Akun.");
      }
      if (actor.mustEnrollTwoFactor && !options.allowBeforeTwoFactor) {
        throw new DomainError("WAJIB_DUA_LANGKAH", "Aktifkan verifikasi dua langkah terlebih dahulu di halaman Akun.");
      }
      outcome = await handler(actor, input);
    } catch (error) {
      return errorState(error, input);
    }
    // Outside the try: redirect() works by throwing.
    if (outcome?.redirectTo) redirect(outcome.redirectTo);
    return { status: "ok", message: outcome?.message, data: outcome?.data, at: Date.now() };
  };
}
