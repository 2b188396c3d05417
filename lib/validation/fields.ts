// Reusable zod fields with Indonesian messages, for form input (strings).
import { z } from "zod";

/** A required line of text, trimmed. */
export function text(label: string, max = 200) {
  return z
    .string({ error: `${label} wajib diisi.` })
    .trim()
    .min(1, { error: `${label} wajib diisi.` })
    .max(max, { error: `${label} paling banyak ${max} karakter.` });
}

/** An optional text: empty becomes null. */
export function optionalText(label: string, max = 200) {
  return z
    .string()
    .trim()
    .max(max, { error: `${label} paling banyak ${max} karakter.` })
    .optional()
    .transform((v) => (v ? v : null));
}

/** A checkbox: present ("on") is true, absent is false. */
export const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("1")])
  .optional()
  .transform((v) => v !== undefined);

export const optionalEmail = z
  .string()
  .trim()
  .max(254, { error: "Alamat e-mail terlalu panjang." })
  .optional()
  .transform((v) => (v ? v.toLowerCase() : null))
  .refine((v) => v === null || z.email().safeParse(v).success, { error: "Alamat e-mail tidak valid." });

export const optionalPhone = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v.replace(/[\s().-]/g, "") : null))
  .refine((v) => v === null || /^(\+62|62|0)[0-9]{7,13}$/.test(v), {
    error: "Nomor telepon tidak valid (contoh: 081234567890).",
  });

/**
 * For cross-field rules (superRefine/refine): run them even when single fields
 * failed, so a form shows every problem at once. Only when the input is an object at all.
 */
export const EVEN_WITH_FIELD_ERRORS = {
  when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null,
};
