// The OPD list and the Irban wilayah supervising each OPD. OPDs are never
// deleted (cases refer to them); an OPD that no longer exists is deactivated.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import { WILAYAH } from "@/lib/auth/roles";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { uniqueViolation } from "@/lib/db/errors";
import { OpdKind } from "@/lib/enums";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { checkbox, text } from "@/lib/validation/fields";
import { parseInput } from "@/lib/validation/parse";

export const OPD_KINDS = Object.values(OpdKind) as OpdKind[];

export const OPD_KIND_LABELS: Record<OpdKind, string> = {
  SEKRETARIAT: "Sekretariat",
  INSPEKTORAT: "Inspektorat",
  BADAN: "Badan",
  DINAS: "Dinas",
  BAGIAN: "Bagian (Setda)",
  SATPOL_PP: "Satpol PP",
  RSUD: "RSUD",
  KECAMATAN: "Kecamatan",
  LAINNYA: "Lainnya",
};

const opdShape = {
  code: z
    .string({ error: "Kode wajib diisi." })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9_]{2,30}$/, { error: "Kode 2–30 karakter: huruf, angka atau garis bawah (contoh: DINKES)." }),
  name: text("Nama OPD", 150),
  kind: z.enum(OPD_KINDS, { error: "Pilih jenis OPD." }),
  irbanWilayah: z.enum(WILAYAH, { error: "Pilih wilayah Irban." }),
  irbanVerified: checkbox,
  active: checkbox,
};

export const createOpdSchema = z.strictObject(opdShape);
export const updateOpdSchema = z.strictObject({
  ...opdShape,
  id: z.string().min(1),
  version: z.coerce.number({ error: "Versi data tidak valid." }).int().positive(),
});

function duplicate(error: unknown): never {
  const dup = uniqueViolation(error);
  if (!dup) throw error;
  throw new ValidationError(dup.fields.includes("name") ? { name: ["Nama OPD ini sudah ada."] } : { code: ["Kode OPD ini sudah dipakai."] });
}

async function assertUnique(code: string, name: string, exceptId?: string) {
  const clash = await db.opd.findFirst({
    where: { OR: [{ code }, { name }], ...(exceptId ? { NOT: { id: exceptId } } : {}) },
    select: { code: true, name: true },
  });
  if (!clash) return;
  const errors: Record<string, string[]> = {};
  if (clash.code === code) errors.code = ["Kode OPD ini sudah dipakai."];
  if (clash.name === name) errors.name = ["Nama OPD ini sudah ada."];
  throw new ValidationError(errors);
}

export async function createOpd(actor: Actor, raw: unknown): Promise<{ id: string }> {
  throwIfNoPermission(actor, "admin:opds");
  const input = parseInput(createOpdSchema, raw);
  await assertUnique(input.code, input.name);
  try {
    return await db.$transaction(async (tx) => {
      const opd = await tx.opd.create({ data: input, select: { id: true } });
      await audit(tx, actor, "OPD_DIBUAT", "Opd", opd.id, input);
      return opd;
    });
  } catch (e) {
    duplicate(e);
  }
}

export async function updateOpd(actor: Actor, raw: unknown): Promise<void> {
  throwIfNoPermission(actor, "admin:opds");
  const { id, version, ...data } = parseInput(updateOpdSchema, raw);
  const current = await db.opd.findUnique({ where: { id } });
  if (!current) throw new NotFoundError("OPD tidak ditemukan.");
  await assertUnique(data.code, data.name, id);
  try {
    await db.$transaction(async (tx) => {
      const res = await tx.opd.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
      if (res.count === 0) throw new ConflictError("Data OPD ini telah diubah oleh admin lain. Muat ulang halaman lalu ulangi perubahan Anda.");
      await audit(tx, actor, "OPD_DIUBAH", "Opd", id, {
        from: { code: current.code, name: current.name, kind: current.kind, irbanWilayah: current.irbanWilayah, active: current.active },
        to: data,
      });
    });
  } catch (e) {
    duplicate(e);
  }
}
