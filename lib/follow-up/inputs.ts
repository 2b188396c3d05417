// What each follow-up form may contain (issue 18). Form input arrives as strings; the cross-field rules that
// need the record (a repayment above what is outstanding, Sesuai without full repayment) are in the domain.
import { z } from "zod";
import { caseRef, civilDate, rupiah } from "@/lib/workflow/inputs/common";
import { checkbox, optionalText, text } from "@/lib/validation/fields";
import { RECOMMENDATION_KINDS } from "./labels";
import { FOLLOW_UP_LIMITS } from "./limits";

const recommendationRef = {
  recommendationId: z.string({ error: "Rekomendasi tidak dikenal." }).min(1).max(40),
  version: z.coerce.number({ error: "Versi rekomendasi tidak valid." }).int().positive(),
};

export const respondInput = z.strictObject({
  ...recommendationRef,
  text: text("Uraian tindak lanjut", FOLLOW_UP_LIMITS.response),
  repaidRupiah: rupiah,
  /** the evidence files (checked by the upload rules in the domain) */
  evidence: z.unknown().optional(),
});

export const ASSESSMENTS = ["SESUAI", "BELUM_SESUAI", "TIDAK_DAPAT"] as const;

export const assessInput = z.strictObject({
  ...recommendationRef,
  decision: z.enum(ASSESSMENTS, { error: "Pilih hasil penilaian." }),
  notes: optionalText("Catatan penilaian", FOLLOW_UP_LIMITS.notes),
  /** whether the response's repayment counts (only read when it has one); the form ticks it by default */
  repaymentAccepted: checkbox,
});

export const overruleInput = z.strictObject({
  ...recommendationRef,
  status: z.enum(["BELUM_DITINDAKLANJUTI", "DALAM_PROSES", "SESUAI", "TIDAK_DAPAT_DITINDAKLANJUTI"], { error: "Pilih status." }),
  notes: text("Alasan penetapan", FOLLOW_UP_LIMITS.notes),
});

export const editInput = z.strictObject({
  ...recommendationRef,
  text: text("Rekomendasi", FOLLOW_UP_LIMITS.text),
  kind: z.enum(RECOMMENDATION_KINDS, { error: "Pilih jenis rekomendasi." }),
  responsibleOfficial: optionalText("Pejabat penanggung jawab", FOLLOW_UP_LIMITS.official),
  amountDueRupiah: rupiah,
  deadlineOn: civilDate("Batas waktu"),
  notes: text("Alasan perubahan", FOLLOW_UP_LIMITS.notes),
});

/** For the case page's list: which case a follow-up page returns to. */
export const caseOnly = z.strictObject({ caseId: caseRef.caseId });
