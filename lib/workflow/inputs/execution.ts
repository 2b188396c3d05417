// Inputs of steps 10–12: the team's work and report, the notice to the
// complainant, and the complainant's confirmation.
import { z } from "zod";
import { FindingConclusion, LossKind, TlType } from "@/lib/enums";
import { optionalText, text } from "@/lib/validation/fields";
import { caseRef, mustConfirm, rupiah, tteFields } from "./common";

export const CONCLUSION_LABELS: Record<FindingConclusion, string> = {
  TERBUKTI: "Terbukti",
  TERBUKTI_SEBAGIAN: "Terbukti sebagian",
  TIDAK_TERBUKTI: "Tidak terbukti",
};

export const LOSS_KIND_LABELS: Record<LossKind, string> = {
  KEUANGAN_DAERAH: "Kerugian keuangan daerah",
  MASYARAKAT: "Kerugian masyarakat (dibayar warga)",
};

export const workNoteInput = z.strictObject({
  caseId: caseRef.caseId,
  body: text("Catatan kerja", 5000),
});

/** One allegation and what the team found; saved as often as needed before the report is submitted. */
export const findingInput = z.strictObject({
  caseId: caseRef.caseId,
  /** absent for a new finding */
  findingId: z
    .string()
    .max(40)
    .optional()
    .transform((v) => v || null),
  findingVersion: z.coerce.number().int().positive().optional(),
  allegation: text("Dugaan / pokok aduan", 2000),
  condition: optionalText("Fakta / kondisi", 5000),
  criteria: optionalText("Kriteria", 3000),
  cause: optionalText("Analisis / penyebab", 3000),
  effect: optionalText("Akibat", 3000),
  lossRupiah: rupiah,
  lossKind: z
    .union([z.enum(LossKind, { error: "Pilih jenis kerugian." }), z.literal("")])
    .optional()
    .transform((v) => v || null),
  responsibleParty: optionalText("Pihak yang bertanggung jawab", 500),
  auditeeResponse: optionalText("Tanggapan auditi", 3000),
  conclusion: z
    .union([z.enum(FindingConclusion, { error: "Pilih simpulan." }), z.literal("")])
    .optional()
    .transform((v) => v || null),
  recommendation: optionalText("Rekomendasi", 3000),
  evidence: z.unknown().optional(),
});

export const deleteFindingInput = z.strictObject({
  caseId: caseRef.caseId,
  findingId: z.string().min(1).max(40),
  findingVersion: z.coerce.number().int().positive(),
});

/** The report's own sections that must be filled before it is submitted, per TL type (submit-report.ts). */
export const REPORT_SECTIONS = {
  AUDIT: ["tujuan", "ruangLingkup", "metodologi", "simpulan", "rekomendasi"],
  KLARIFIKASI: ["langkah", "simpulan", "arahKlarifikasi", "saran"],
  KOORDINASI: ["waktuTempat", "pihak", "pokokBahasan", "hasil", "tindakLanjut", "simpulan"],
} as const satisfies Record<TlType, readonly string[]>;

/** Sections the team may add; the report says something sensible without them. */
export const OPTIONAL_SECTIONS = {
  AUDIT: ["ringkasan", "dataUmum", "batasan"],
  KLARIFIKASI: [],
  KOORDINASI: [],
} as const satisfies Record<TlType, readonly string[]>;

/** Every section of a report of this TL type, in the order the form asks for them. */
export function sectionsOf(tlType: TlType): string[] {
  return [...REPORT_SECTIONS[tlType], ...OPTIONAL_SECTIONS[tlType]];
}

export const SECTION_LABELS: Record<string, string> = {
  tujuan: "Tujuan",
  ruangLingkup: "Ruang lingkup",
  metodologi: "Metodologi",
  simpulan: "Simpulan",
  rekomendasi: "Rekomendasi",
  ringkasan: "Ringkasan eksekutif (tambahan, opsional)",
  dataUmum: "Data umum auditi (opsional)",
  batasan: "Batasan ruang lingkup (opsional)",
  langkah: "Langkah klarifikasi",
  arahKlarifikasi: "Kesimpulan klarifikasi",
  saran: "Saran",
  waktuTempat: "Waktu dan tempat",
  pihak: "Pihak yang hadir",
  pokokBahasan: "Pokok bahasan",
  hasil: "Hasil koordinasi / kesepakatan",
  tindakLanjut: "Tindak lanjut (apa, siapa, kapan)",
};

/** Sections answered by a choice rather than text. */
export const SECTION_CHOICES: Record<string, Record<string, string>> = {
  arahKlarifikasi: {
    SELESAI: "Pengaduan selesai ditangani melalui klarifikasi",
    PERLU_AUDIT: "Pengaduan perlu ditingkatkan ke audit",
  },
};

export const ALL_SECTIONS = [...new Set([...Object.values(REPORT_SECTIONS).flat(), ...Object.values(OPTIONAL_SECTIONS).flat()])];

const sectionField = (s: string) => {
  const choices = SECTION_CHOICES[s];
  if (!choices) return optionalText(SECTION_LABELS[s]!, 6000);
  return z
    .union([z.enum(Object.keys(choices) as [string, ...string[]], { error: `Pilih ${SECTION_LABELS[s]!.toLowerCase()}.` }), z.literal("")])
    .optional()
    .transform((v) => v || null);
};

const sectionFields = Object.fromEntries(ALL_SECTIONS.map((s) => [s, sectionField(s)])) as Record<
  (typeof ALL_SECTIONS)[number],
  ReturnType<typeof sectionField>
>;

export const reportInput = z.strictObject({
  caseId: caseRef.caseId,
  reportVersion: z.coerce.number().int().positive().optional(),
  ...sectionFields,
});

export const submitReportInput = z.strictObject({
  ...caseRef,
  confirm: mustConfirm("Centang untuk menyatakan laporan telah lengkap dan siap disampaikan."),
});

export const notifyInput = z.strictObject({
  ...caseRef,
  message: text("Pemberitahuan kepada pelapor", 5000).refine((m) => m.length >= 20, {
    error: "Tulis pemberitahuan yang jelas (minimal 20 karakter).",
  }),
});

export const confirmInput = z
  .strictObject({
    resolved: z.enum(["ya", "tidak"], { error: "Pilih apakah aduan Anda sudah selesai." }),
    satisfaction: z
      .union([z.coerce.number().int().min(1).max(5), z.literal("")])
      .optional()
      .transform((v) => (v === "" || v === undefined ? null : v)),
    note: optionalText("Keterangan", 3000),
  })
  .refine((v) => v.resolved === "ya" || Boolean(v.note), {
    path: ["note"],
    error: "Jelaskan apa yang belum selesai, agar dapat ditindaklanjuti.",
  });

/** Between steps 10 and 11: the Inspektur approves (and signs) the team's report, or returns it with notes. */
export const approveReportInput = z
  .strictObject({
    ...caseRef,
    decision: z.enum(["SETUJUI", "KEMBALIKAN"], { error: "Pilih: setujui atau kembalikan." }),
    notes: optionalText("Catatan", 3000),
    ...tteFields,
  })
  .refine((v) => v.decision !== "KEMBALIKAN" || Boolean(v.notes), {
    path: ["notes"],
    error: "Tulis catatan perbaikan untuk tim.",
  });
