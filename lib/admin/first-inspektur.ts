// The first Inspektur of an installation cannot be approved by an Inspektur:
// there is none yet. It is made on the server's command line (npm run
// user:inspektur), by whoever runs the server, and recorded. Once an active
// Inspektur exists, every further identity role goes through their approval.
import { z } from "zod";
import { hashPassword, newPasswordSchema } from "@/lib/auth/password";
import type { Db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { createUserSchema } from "./user-schema";

const firstInspekturSchema = z.strictObject({
  username: z.string(),
  name: z.string(),
  nip: z.string().optional(),
  rank: z.string().optional(),
  jabatan: z.string().optional(),
  password: newPasswordSchema,
});

export async function createFirstInspektur(db: Db, raw: unknown, now = new Date()): Promise<{ id: string; username: string }> {
  const { password, jabatan, ...rest } = parseInput(firstInspekturSchema, raw);
  const profile = parseInput(createUserSchema, { ...rest, jabatan: jabatan || "Inspektur Daerah Kabupaten Banyumas", role: "INSPEKTUR" });
  const active = await db.user.findFirst({ where: { role: "INSPEKTUR", active: true, roleApprovedAt: { not: null } }, select: { username: true } });
  if (active) {
    throw new DomainError("SUDAH_ADA", `Inspektur aktif sudah ada (${active.username}): Inspektur berikutnya dibuat admin di SIPADU dan disetujui olehnya.`);
  }
  if (await db.user.findFirst({ where: { OR: [{ username: profile.username }, ...(profile.nip ? [{ nip: profile.nip }] : [])] }, select: { id: true } })) {
    throw new DomainError("SUDAH_ADA", "Nama pengguna atau NIP ini sudah terdaftar.");
  }
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        username: profile.username,
        name: profile.name,
        nip: profile.nip,
        pangkat: profile.rank.pangkat,
        golongan: profile.rank.golongan,
        jabatan: profile.jabatan,
        role: "INSPEKTUR",
        passwordHash,
        roleApprovedAt: now,
      },
      select: { id: true, username: true },
    });
    await tx.auditLog.create({
      data: {
        actorId: null,
        action: "INSPEKTUR_PERTAMA_DIBUAT",
        entity: "User",
        entityId: user.id,
        data: { via: "baris perintah (npm run user:inspektur)" },
        createdAt: now,
      },
    });
    return user;
  });
}
