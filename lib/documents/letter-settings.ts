// The admin's letter settings: the letterhead, the place letters are signed
// at, the paper, the signer's title, the standing legal bases, "Tembusan",
// the Perbup and PKPT cited under "Dasar", the cost line, the numbering
// patterns, and the coat of arms.
import { UPLOAD_RULES, sizeProblems } from "@/lib/files/limits";
import { z } from "zod";
import type { Prisma } from "@/prisma/generated/sqlite/client";
import type { Actor } from "@/lib/auth/actor";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { detectFileKind } from "@/lib/files/detect";
import { instansiSchema, numberPattern, suratSchema } from "@/lib/settings/registry";
import { parseInput } from "@/lib/validation/parse";

const linesField = (label: string) =>
  z
    .string()
    .max(8000)
    .optional()
    .transform((v) =>
      (v ?? "")
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().max(400, { error: `Setiap baris ${label} paling banyak 400 karakter.` })).max(20, { error: `Paling banyak 20 baris ${label}.` }));

const text = (label: string, max: number, required = true) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label} paling banyak ${max} karakter.` })
    .refine((v) => !required || v.length > 0, { error: `${label} wajib diisi.` });

const year = (label: string) =>
  z
    .string()
    .trim()
    .regex(/^(\d{4})?$/, { error: `Tahun ${label} ditulis empat angka, misalnya 2026.` })
    .optional()
    .transform((v) => v ?? "");

const settingsInput = z
  .strictObject({
    pemerintah: text("Baris pemerintah", 120),
    nama: text("Nama instansi", 120),
    alamat: text("Alamat", 200),
    kodePos: text("Kode pos", 10, false),
    telepon: text("Telepon", 60, false),
    faks: text("Faksimile", 60, false),
    email: text("E-mail", 120, false),
    laman: text("Laman", 120, false),
    tempat: text("Tempat penetapan", 60),
    paper: z.enum(["A4", "F4"], { error: "Pilih ukuran kertas." }),
    signerTitle: text("Jabatan penanda tangan", 120),
    dasar: linesField("dasar"),
    perbupNomor: text("Nomor Perbup", 40, false)
      .optional()
      .transform((v) => v ?? ""),
    perbupTahun: year("Perbup"),
    pkptNomor: text("Nomor keputusan PKPT", 80, false)
      .optional()
      .transform((v) => v ?? ""),
    pkptTahun: year("PKPT"),
    biaya: text("Pembebanan biaya", 300, false)
      .optional()
      .transform((v) => v ?? ""),
    tembusan: linesField("tembusan"),
    tembusanHasil: linesField("tembusan surat hasil"),
    numberSPT: numberPattern,
    numberLAPORAN: numberPattern,
    numberSURAT: numberPattern,
  })
  // The Perbup is cited only with both its number and its year: half of it would print nothing and surprise the admin.
  .superRefine((v, ctx) => {
    if (Boolean(v.perbupNomor) !== Boolean(v.perbupTahun)) {
      ctx.addIssue({
        code: "custom",
        path: [v.perbupNomor ? "perbupTahun" : "perbupNomor"],
        message: "Isi nomor dan tahun Perbup bersama-sama, atau kosongkan keduanya.",
      });
    }
    if (v.pkptNomor && !v.pkptTahun) ctx.addIssue({ code: "custom", path: ["pkptTahun"], message: "Nomor keputusan PKPT memerlukan tahun PKPT." });
  });

async function save(tx: Prisma.TransactionClient, key: string, value: Prisma.InputJsonValue, actor: Actor) {
  await tx.setting.upsert({ where: { key }, create: { key, value, updatedById: actor.id }, update: { value, updatedById: actor.id } });
}

export async function saveLetterSettings(actor: Actor, raw: unknown): Promise<void> {
  throwIfNoPermission(actor, "admin:settings");
  const v = parseInput(settingsInput, raw);
  const instansi = instansiSchema.parse({
    pemerintah: v.pemerintah,
    nama: v.nama,
    alamat: v.alamat,
    kodePos: v.kodePos,
    telepon: v.telepon,
    faks: v.faks,
    email: v.email,
    laman: v.laman,
    tempat: v.tempat,
  });
  await db.$transaction(async (tx) => {
    await save(tx, "instansi", instansi, actor);
    const surat = suratSchema.parse({
      paper: v.paper,
      signerTitle: v.signerTitle,
      dasar: v.dasar,
      perbupNomor: v.perbupNomor,
      perbupTahun: v.perbupTahun,
      pkptNomor: v.pkptNomor,
      pkptTahun: v.pkptTahun,
      biaya: v.biaya,
      tembusan: v.tembusan,
      tembusanHasil: v.tembusanHasil,
    });
    await save(tx, "surat", surat, actor);
    await save(tx, "penomoran", { SPT: v.numberSPT, LAPORAN: v.numberLAPORAN, SURAT: v.numberSURAT }, actor);
    await audit(tx, actor, "PENGATURAN_SURAT_DIUBAH", "Setting", "surat", { paper: v.paper, numbering: [v.numberSPT, v.numberLAPORAN, v.numberSURAT] });
  });
}

/** A new coat of arms for the letterheads: a PNG or JPEG image, at most 1 MB (UPLOAD_RULES.lambang). */
export async function saveLambang(actor: Actor, raw: unknown): Promise<void> {
  throwIfNoPermission(actor, "admin:settings");
  const file = (raw as { lambang?: unknown })?.lambang;
  if (!(file instanceof File) || file.size === 0) throw new ValidationError({ lambang: ["Pilih berkas gambar lambang (PNG atau JPEG)."] });
  const problems = sizeProblems([file], UPLOAD_RULES.lambang);
  if (problems.length) throw new ValidationError({ lambang: problems });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = detectFileKind(bytes);
  if (!kind.ok || (kind.kind !== "png" && kind.kind !== "jpeg")) throw new ValidationError({ lambang: ["Lambang harus gambar PNG atau JPEG."] });
  const value = { mime: kind.kind === "png" ? "image/png" : "image/jpeg", base64: Buffer.from(bytes).toString("base64") };
  await db.$transaction(async (tx) => {
    await save(tx, "lambang", value, actor);
    await audit(tx, actor, "LAMBANG_DIGANTI", "Setting", "lambang", { mime: value.mime, size: bytes.length });
  });
}
