// Inputs of steps 2–5: forwarding, ordering the review, the quick assessment
// (kaji cepat) and the Inspektur's disposition.
import { z } from "zod";
import { ClosureReason, Criterion, CriterionResult, Recommendation, SupervisoryNature, TlType } from "@/lib/enums";
import { EVEN_WITH_FIELD_ERRORS, optionalText, text } from "@/lib/validation/fields";
import { caseRef, list, registerNumber } from "./common";

export const forwardInput = z.strictObject({
  ...caseRef,
  note: text("Catatan pengantar", 2000),
});

export const orderReviewInput = z.strictObject({
  ...caseRef,
  reviewerIds: list(z.string().min(1).max(40)).pipe(
    z.array(z.string()).min(1, { error: "Pilih minimal satu penelaah." }).max(5, { error: "Paling banyak 5 penelaah." }),
  ),
  instructions: optionalText("Arahan", 2000),
});

export const CRITERIA = Object.values(Criterion) as Criterion[];

export const CRITERION_LABELS: Record<Criterion, string> = {
  LENGKAP_5W1H: "Unsur 5W+1H lengkap (apa, siapa, di mana, kapan, mengapa, bagaimana)",
  BUKTI_AWAL: "Bukti awal dilampirkan atau disebutkan",
  KEWENANGAN: "Termasuk kewenangan Inspektorat atas Pemerintah Kabupaten",
  BERKADAR_PENGAWASAN: "Ada indikasi penyimpangan (berkadar pengawasan) atau soal pelayanan",
  TIDAK_DITANGANI_PIHAK_LAIN: "Tidak sedang ditangani pihak lain (APH, inspektorat lain, aduan terdahulu)",
};

export const CRITERION_RESULT_LABELS: Record<CriterionResult, string> = {
  MEMENUHI: "Memenuhi",
  TIDAK_MEMENUHI: "Tidak memenuhi",
  BELUM_JELAS: "Belum jelas",
};

export const NATURE_LABELS: Record<SupervisoryNature, string> = {
  BERKADAR_PENGAWASAN: "Berkadar pengawasan",
  TIDAK_BERKADAR_PENGAWASAN: "Tidak berkadar pengawasan (pelayanan)",
};

export const RECOMMENDATION_LABELS: Record<Recommendation, string> = {
  KOORDINASI: "Koordinasi dengan OPD",
  KLARIFIKASI: "Klarifikasi",
  AUDIT: "Audit (audit kasus / investigatif)",
  TIDAK_DITINDAKLANJUTI: "Tidak ditindaklanjuti",
};

export const TL_LABELS: Record<TlType, string> = {
  KOORDINASI: "Koordinasi dengan OPD",
  KLARIFIKASI: "Klarifikasi",
  AUDIT: "Audit",
};

/** Why a case is not followed up at step 5 (TIDAK_LENGKAP is for cases the complainant never completed). */
export const STEP5_CLOSURE_REASONS = ["DI_LUAR_KEWENANGAN", "KURANG_INFORMASI", "DITERUSKAN_INSTANSI_LAIN", "DUPLIKAT"] as const;

export const CLOSURE_LABELS: Record<ClosureReason, string> = {
  DI_LUAR_KEWENANGAN: "Di luar kewenangan Inspektorat",
  KURANG_INFORMASI: "Informasi tidak cukup",
  DITERUSKAN_INSTANSI_LAIN: "Diteruskan kepada instansi lain",
  DUPLIKAT: "Sama dengan aduan lain (duplikat)",
  TIDAK_LENGKAP: "Pelapor tidak melengkapi aduan",
};

/** Why a case is not followed up, and the earlier case when it is a duplicate (steps 4 and 5). */
const closureFields = {
  closureReason: z
    .union([z.enum(STEP5_CLOSURE_REASONS, { error: "Pilih alasan." }), z.literal("")])
    .optional()
    .transform((v) => v || null),
  duplicateOf: z
    .union([registerNumber, z.literal("")])
    .optional()
    .transform((v) => v || null),
};

const criterionFields = Object.fromEntries(
  CRITERIA.flatMap((c) => [
    [`result_${c}`, z.enum(CriterionResult, { error: "Pilih hasil penilaian kriteria ini." })],
    [`note_${c}`, optionalText("Catatan", 1000)],
  ]),
) as Record<`result_${Criterion}`, z.ZodEnum<typeof CriterionResult>> & Record<`note_${Criterion}`, ReturnType<typeof optionalText>>;

export const quickReviewInput = z
  .strictObject({
    ...caseRef,
    ...criterionFields,
    nature: z.enum(SupervisoryNature, { error: "Pilih sifat aduan." }),
    summary: text("Ringkasan telaah", 4000),
    recommendation: z.enum(Recommendation, { error: "Pilih rekomendasi tindak lanjut." }),
    ...closureFields,
  })
  .superRefine((v, ctx) => {
    for (const c of CRITERIA) {
      if (v[`result_${c}`] !== "MEMENUHI" && !v[`note_${c}`]) {
        ctx.addIssue({ code: "custom", path: [`note_${c}`], message: "Jelaskan mengapa kriteria ini tidak atau belum terpenuhi." });
      }
    }
    if (v.recommendation === "TIDAK_DITINDAKLANJUTI" && !v.closureReason) {
      ctx.addIssue({ code: "custom", path: ["closureReason"], message: "Pilih alasan aduan tidak ditindaklanjuti." });
    }
    if (v.closureReason === "DUPLIKAT" && !v.duplicateOf) {
      ctx.addIssue({ code: "custom", path: ["duplicateOf"], message: "Tulis nomor register aduan yang sama." });
    }
  }, EVEN_WITH_FIELD_ERRORS)
  .transform((v) => ({
    caseId: v.caseId,
    version: v.version,
    criteria: CRITERIA.map((c) => ({ criterion: c, result: v[`result_${c}`], note: v[`note_${c}`] })),
    nature: v.nature,
    summary: v.summary,
    recommendation: v.recommendation,
    closureReason: v.recommendation === "TIDAK_DITINDAKLANJUTI" ? v.closureReason : null,
    duplicateOf: v.recommendation === "TIDAK_DITINDAKLANJUTI" && v.closureReason === "DUPLIKAT" ? v.duplicateOf : null,
  }));

export const dispositionInput = z
  .strictObject({
    ...caseRef,
    decision: z.enum(["TINDAK_LANJUT", "TUTUP"], { error: "Pilih keputusan." }),
    tlType: z
      .union([z.enum(TlType, { error: "Pilih jenis tindak lanjut." }), z.literal("")])
      .optional()
      .transform((v) => v || null),
    irbanUserId: z
      .string()
      .max(40)
      .optional()
      .transform((v) => v || null),
    instructions: optionalText("Arahan", 2000),
    ...closureFields,
  })
  .superRefine((v, ctx) => {
    if (v.decision === "TINDAK_LANJUT") {
      if (!v.tlType) ctx.addIssue({ code: "custom", path: ["tlType"], message: "Pilih jenis tindak lanjut." });
      if (!v.irbanUserId) ctx.addIssue({ code: "custom", path: ["irbanUserId"], message: "Pilih Irban yang melaksanakan." });
    } else {
      if (!v.closureReason) ctx.addIssue({ code: "custom", path: ["closureReason"], message: "Pilih alasan aduan tidak ditindaklanjuti." });
      if (v.closureReason === "DUPLIKAT" && !v.duplicateOf) {
        ctx.addIssue({ code: "custom", path: ["duplicateOf"], message: "Tulis nomor register aduan yang sama." });
      }
      if (!v.instructions) ctx.addIssue({ code: "custom", path: ["instructions"], message: "Jelaskan alasan penutupan untuk pelapor." });
    }
  }, EVEN_WITH_FIELD_ERRORS);
