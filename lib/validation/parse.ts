// Strict parsing of outside input: unknown fields are refused, every message
// is Indonesian and sits under the field it concerns.
import { z } from "zod";
import { ValidationError, type FieldErrors } from "@/lib/errors";

export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw new ValidationError(fieldErrorsOf(result.error));
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      // Not a field the user can fix: something sent fields the form does not have.
      (out._form ??= []).push(`Isian tidak dikenal: ${issue.keys.join(", ")}.`);
      continue;
    }
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/**
 * FormData as a plain object for zod: repeated names become arrays; React's
 * own `$ACTION_…` bookkeeping fields are left out.
 */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const prev = out[key];
    if (prev === undefined) out[key] = value;
    else if (Array.isArray(prev)) prev.push(value);
    else out[key] = [prev, value];
  }
  return out;
}
