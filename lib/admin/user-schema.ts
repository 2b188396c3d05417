// What the admin's user form may contain, checked on the server.
import { z } from "zod";
import { ROLES, ROLES_WITH_OPD, ROLES_WITH_WILAYAH, WILAYAH } from "@/lib/auth/roles";
import { checkNip } from "@/lib/staff/nip";
import { rankFromOption } from "@/lib/staff/pangkat";
import { optionalEmail, optionalPhone, text } from "@/lib/validation/fields";

export const usernameSchema = z
  .string({ error: "Nama pengguna wajib diisi." })
  .trim()
  .toLowerCase()
  .min(1, { error: "Nama pengguna wajib diisi." })
  .min(3, { error: "Nama pengguna minimal 3 karakter." })
  .max(32, { error: "Nama pengguna paling banyak 32 karakter." })
  .regex(/^[a-z0-9][a-z0-9._-]*$/, {
    error: "Nama pengguna hanya huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf atau angka.",
  })
  .refine((u) => !/^\d{18}$/.test(u), { error: "Nama pengguna tidak boleh berupa 18 angka (itu bentuk NIP)." });

const nipField = z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (!v || !v.trim()) return null;
    const check = checkNip(v);
    if (!check.ok) {
      ctx.addIssue({ code: "custom", message: check.message });
      return z.NEVER;
    }
    return check.nip;
  });

const rankField = z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (!v) return { pangkat: null, golongan: null };
    const rank = rankFromOption(v);
    if (!rank) {
      ctx.addIssue({ code: "custom", message: "Pilih pangkat/golongan dari daftar." });
      return z.NEVER;
    }
    return rank;
  });

const profileShape = {
  username: usernameSchema,
  name: text("Nama lengkap", 150),
  nip: nipField,
  rank: rankField,
  jabatan: text("Jabatan", 150),
  role: z.enum(ROLES, { error: "Pilih peran." }),
  irbanWilayah: z
    .union([z.enum(WILAYAH, { error: "Pilih wilayah." }), z.literal("")])
    .optional()
    .transform((v) => (v ? v : null)),
  /** the OPD a liaison acts for (role OPD); checked against the OPD list by users.ts */
  opdId: z
    .string()
    .max(40)
    .optional()
    .transform((v) => (v ? v : null)),
  email: optionalEmail,
  phone: optionalPhone,
};

// Runs even when other fields have errors (`when`), so the form shows every problem at once.
const irbanHasWilayah = (v: { role: string; irbanWilayah: string | null }) => v.role !== "IRBAN" || Boolean(v.irbanWilayah);
const irbanHasWilayahParams = () => ({
  path: ["irbanWilayah"],
  error: "Irban harus memiliki wilayah.",
  when: (payload: { value: unknown }) => typeof (payload.value as { role?: unknown })?.role === "string",
});

const liaisonHasOpd = (v: { role: string; opdId: string | null }) => v.role !== "OPD" || Boolean(v.opdId);
const liaisonHasOpdParams = () => ({
  path: ["opdId"],
  error: "Penghubung OPD harus memiliki OPD.",
  when: (payload: { value: unknown }) => typeof (payload.value as { role?: unknown })?.role === "string",
});

function dropWilayahOutsideRole<T extends { role: (typeof ROLES)[number]; irbanWilayah: unknown; opdId: string | null }>(v: T): T {
  return {
    ...v,
    irbanWilayah: ROLES_WITH_WILAYAH.includes(v.role) ? v.irbanWilayah : null,
    opdId: ROLES_WITH_OPD.includes(v.role) ? v.opdId : null,
  };
}

export const createUserSchema = z
  .strictObject(profileShape)
  .refine(irbanHasWilayah, irbanHasWilayahParams())
  .refine(liaisonHasOpd, liaisonHasOpdParams())
  .transform(dropWilayahOutsideRole);

export const updateUserSchema = z
  .strictObject({
    ...profileShape,
    id: z.string().min(1),
    /** the record's version when the form was opened: a stale form cannot overwrite a newer change */
    version: z.coerce.number({ error: "Versi data tidak valid." }).int().positive(),
  })
  .refine(irbanHasWilayah, irbanHasWilayahParams())
  .refine(liaisonHasOpd, liaisonHasOpdParams())
  .transform(dropWilayahOutsideRole);

export const resetPasswordSchema = z.strictObject({ id: z.string().min(1).max(40) });

export const setActiveSchema = z.strictObject({
  id: z.string().min(1),
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});
