// Inputs of steps 6–9: the team plan, the SPT draft, signing, distribution.
import { z } from "zod";
import { TeamRole } from "@/lib/enums";
import { EVEN_WITH_FIELD_ERRORS, optionalText, text } from "@/lib/validation/fields";
import { caseRef, civilDate, mustConfirm, tteFields } from "./common";

export const TEAM_ROLES = Object.values(TeamRole) as TeamRole[];

export const TEAM_ROLE_LABELS: Record<TeamRole, string> = {
  PENANGGUNG_JAWAB: "Penanggung Jawab",
  WAKIL_PENANGGUNG_JAWAB: "Wakil Penanggung Jawab",
  PENGENDALI_TEKNIS: "Pengendali Teknis",
  KETUA_TIM: "Ketua Tim",
  ANGGOTA_TIM: "Anggota Tim",
};

/** Rows the team form offers; empty rows are ignored. */
export const MAX_TEAM_MEMBERS = 10;
/** Roles a team has at most one of. */
const SINGLE_ROLES: TeamRole[] = ["PENANGGUNG_JAWAB", "WAKIL_PENANGGUNG_JAWAB", "PENGENDALI_TEKNIS", "KETUA_TIM"];
export const MAX_DURATION_DAYS = 60;

const memberFields = Object.fromEntries(
  Array.from({ length: MAX_TEAM_MEMBERS }, (_, i) => [
    [`member_${i}_user`, z.string().max(40).optional()],
    [`member_${i}_role`, z.union([z.enum(TeamRole), z.literal("")]).optional()],
  ]).flat(),
) as Record<string, z.ZodOptional<z.ZodString> | z.ZodOptional<z.ZodUnion<[z.ZodEnum<typeof TeamRole>, z.ZodLiteral<"">]>>>;

export const teamPlanInput = z
  .strictObject({
    ...caseRef,
    objectives: text("Tujuan", 3000),
    scope: optionalText("Ruang lingkup", 3000),
    startOn: civilDate("Tanggal mulai"),
    durationDays: z.coerce
      .number({ error: "Lama penugasan harus angka." })
      .int({ error: "Lama penugasan harus bilangan bulat." })
      .min(1, { error: "Lama penugasan minimal 1 hari kerja." })
      .max(MAX_DURATION_DAYS, { error: `Lama penugasan paling lama ${MAX_DURATION_DAYS} hari kerja.` }),
    ...memberFields,
  })
  .transform((parsed, ctx) => {
    const v = parsed as typeof parsed & Record<string, string | undefined>;
    const members: { userId: string; teamRole: TeamRole; row: number }[] = [];
    for (let i = 0; i < MAX_TEAM_MEMBERS; i++) {
      const userId = v[`member_${i}_user`] || "";
      const role = (v[`member_${i}_role`] || "") as TeamRole | "";
      if (!userId && !role) continue;
      if (!userId) ctx.addIssue({ code: "custom", path: [`member_${i}_user`], message: "Pilih pegawai untuk baris ini." });
      else if (!role) ctx.addIssue({ code: "custom", path: [`member_${i}_role`], message: "Pilih jabatan dalam tim." });
      else members.push({ userId, teamRole: role, row: i });
    }
    if (members.length === 0) ctx.addIssue({ code: "custom", path: ["members"], message: "Susun tim: minimal satu anggota." });
    if (!members.some((m) => m.teamRole === "KETUA_TIM")) {
      ctx.addIssue({ code: "custom", path: ["members"], message: "Tim harus memiliki Ketua Tim." });
    }
    for (const role of SINGLE_ROLES) {
      if (members.filter((m) => m.teamRole === role).length > 1) {
        ctx.addIssue({ code: "custom", path: ["members"], message: `Tim hanya boleh memiliki satu ${TEAM_ROLE_LABELS[role]}.` });
      }
    }
    const seen = new Set<string>();
    for (const m of members) {
      if (seen.has(m.userId)) ctx.addIssue({ code: "custom", path: [`member_${m.row}_user`], message: "Pegawai ini sudah ada di tim." });
      seen.add(m.userId);
    }
    return {
      caseId: v.caseId,
      version: v.version,
      objectives: v.objectives,
      scope: v.scope,
      startOn: v.startOn,
      durationDays: v.durationDays,
      members,
    };
  });

export const sptDraftInput = z.strictObject({
  ...caseRef,
  /** "Untuk": the task, as the SPT will state it */
  task: text("Uraian tugas (Untuk)", 3000).refine((t) => t.length >= 20, { error: "Uraikan tugas tim (minimal 20 karakter)." }),
  notes: optionalText("Catatan untuk Inspektur", 2000),
});

export const signSptInput = z
  .strictObject({
    ...caseRef,
    decision: z.enum(["TANDATANGANI", "KEMBALIKAN"], { error: "Pilih: tandatangani atau kembalikan." }),
    notes: optionalText("Catatan", 2000),
    ...tteFields,
  })
  .refine((v) => v.decision === "TANDATANGANI" || Boolean(v.notes), {
    path: ["notes"],
    error: "Tulis catatan perbaikan untuk Kasubag Perencanaan.",
    ...EVEN_WITH_FIELD_ERRORS,
  });

export const distributeSptInput = z.strictObject({
  ...caseRef,
  delivered: mustConfirm("Centang bila SPT telah disampaikan kepada tim dan salinannya kepada Sekretariat."),
  note: optionalText("Catatan", 1000),
});
