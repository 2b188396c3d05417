// Pieces shared by the steps' input schemas. Form input arrives as strings.
import { z } from "zod";
import { isCivilDate } from "@/lib/sla/working-days";

/** Every step names the case and the version the form was opened at (optimistic lock). */
export const caseRef = {
  caseId: z.string({ error: "Aduan tidak dikenal." }).min(1).max(40),
  version: z.coerce.number({ error: "Versi aduan tidak valid." }).int().positive(),
};

export function civilDate(label: string) {
  return z
    .string({ error: `${label} wajib diisi.` })
    .min(1, { error: `${label} wajib diisi.` })
    .refine(isCivilDate, { error: `${label} harus tanggal yang benar (TTTT-BB-HH).` });
}

export function optionalCivilDate(label: string) {
  return z
    .string()
    .optional()
    .transform((v) => v || null)
    .refine((v) => v === null || isCivilDate(v), { error: `${label} harus tanggal yang benar (TTTT-BB-HH).` });
}

/** A checkbox that must be ticked. */
export function mustConfirm(message: string) {
  return z.literal("on", { error: message });
}

/** One value or several under the same form name, as a list. */
export function list<T extends z.ZodType<unknown, string>>(item: T) {
  return z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((x) => x !== ""))
    .pipe(z.array(item));
}

/** A register number such as ADU/2026/00042 (for "duplicate of case X"). */
export const registerNumber = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^ADU\/\d{4}\/\d{5}$/, { error: "Tulis nomor register aduan, misalnya ADU/2026/00042." });

/** Rupiah as typed ("Rp1.234.567", "1234567", "1.234.567,00") → whole rupiah; empty → null. */
export const rupiah = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const s = (v ?? "").trim();
    if (!s) return null;
    const m = /^(?:rp\.?\s*)?(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d{1,2}))?$/i.exec(s);
    if (!m) {
      ctx.addIssue({ code: "custom", message: "Tulis jumlah rupiah, misalnya 1.250.000." });
      return z.NEVER;
    }
    if (m[2] && Number(m[2]) !== 0) {
      ctx.addIssue({ code: "custom", message: "Tulis jumlah dalam rupiah penuh (tanpa sen)." });
      return z.NEVER;
    }
    const value = BigInt(m[1]!.replace(/\./g, ""));
    if (value > 10n ** 15n) {
      ctx.addIssue({ code: "custom", message: "Jumlah terlalu besar." });
      return z.NEVER;
    }
    return value;
  });

/**
 * What the signer types for a remote electronic signature (SIPADU_TTE=remote):
 * the NIK the certificate is registered to and its passphrase. Optional here
 * (other modes need neither); the signer asks for them when they are needed.
 * Never stored: the step's history records the signature, not these.
 */
export const tteFields = {
  tteNik: z
    .string()
    .trim()
    .optional()
    .transform((v) => v ?? "")
    .pipe(z.string().regex(/^(\d{16})?$/, { error: "NIK terdiri atas 16 angka." })),
  ttePassphrase: z
    .string()
    .max(200, { error: "Passphrase paling banyak 200 karakter." })
    .optional()
    .transform((v) => v ?? ""),
};
