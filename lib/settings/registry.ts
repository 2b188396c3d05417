// Settings the admin can change, each with its schema and the default used
// until a value is saved. Values live in the Setting table as JSON.
import { z } from "zod";
import { TARGET_STEPS, type TargetStep } from "@/lib/workflow/steps";

export const instansiSchema = z.strictObject({
  pemerintah: z.string().trim().min(1).max(120),
  nama: z.string().trim().min(1).max(120),
  alamat: z.string().trim().min(1).max(200),
  kodePos: z.string().trim().max(10),
  telepon: z.string().trim().max(60),
  faks: z.string().trim().max(60),
  email: z.string().trim().max(120),
  laman: z.string().trim().max(120),
  /** where letters are signed ("Ditetapkan di …") */
  tempat: z.string().trim().min(1).max(60),
});

export type Instansi = z.infer<typeof instansiSchema>;

/** Step numbers whose target is set in days (the step table's `target`), as setting keys. */
type TargetKey = `${TargetStep["number"]}`;

const targetDays = z.number().int().min(1).max(60);
/** One entry per step with a target in days; a step added later defaults, so a value saved before it still reads. */
export const stepTargetsSchema = z.strictObject(
  Object.fromEntries(TARGET_STEPS.map((s) => [String(s.number), "addedLater" in s.target ? targetDays.default(s.target.days) : targetDays])) as Record<
    TargetKey,
    typeof targetDays
  >,
);

export type StepTargets = z.infer<typeof stepTargetsSchema>;

/** How long the OPD has to follow up a recommendation, per kind (issue 18): days, counted on the calendar or in working days. */
const followUpDeadline = z.strictObject({ days: z.number().int().min(1).max(365), unit: z.enum(["KALENDER", "KERJA"]) });
export const followUpDeadlinesSchema = z.strictObject({
  TINDAKAN_ADMINISTRATIF: followUpDeadline,
  HUKUMAN_DISIPLIN: followUpDeadline,
  PENGEMBALIAN_UANG: followUpDeadline,
  PERBAIKAN_LAYANAN: followUpDeadline,
  PENERUSAN_APH: followUpDeadline,
});
export type FollowUpDeadlines = z.infer<typeof followUpDeadlinesSchema>;
const SIXTY_DAYS = { days: 60, unit: "KALENDER" } as const;

const lines = (label: string) =>
  z
    .array(
      z
        .string()
        .trim()
        .min(1, { error: `${label} tidak boleh kosong.` })
        .max(400, { error: `${label} paling banyak 400 karakter.` }),
    )
    .max(20);

const optionalLine = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label} paling banyak ${max} karakter.` })
    .default("");

/**
 * Letters: paper, the signer's title, the standing legal bases under "Dasar"
 * (with the Perbup on the Inspektorat's organisation and the year's PKPT by
 * number and year, where filled), the SPT's cost line, and "Tembusan" of the
 * SPT and of the result letter to the complainant. Keys added later default,
 * so a value saved before them still reads.
 */
export const suratSchema = z.strictObject({
  paper: z.enum(["A4", "F4"]),
  signerTitle: z.string().trim().min(1).max(120),
  dasar: lines("Dasar"),
  perbupNomor: optionalLine("Nomor Perbup", 40),
  perbupTahun: z
    .string()
    .trim()
    .regex(/^(\d{4})?$/, { error: "Tahun Perbup ditulis empat angka." })
    .default(""),
  pkptNomor: optionalLine("Nomor keputusan PKPT", 80),
  pkptTahun: z
    .string()
    .trim()
    .regex(/^(\d{4})?$/, { error: "Tahun PKPT ditulis empat angka." })
    .default(""),
  biaya: optionalLine("Pembebanan biaya", 300),
  tembusan: lines("Tembusan"),
  tembusanHasil: lines("Tembusan surat hasil").default(["Arsip"]),
});

export type SuratSettings = z.infer<typeof suratSchema>;

/** A pattern must say where the sequence goes. */
export const numberPattern = z
  .string()
  .trim()
  .min(1, { error: "Pola nomor wajib diisi." })
  .max(80, { error: "Pola nomor paling banyak 80 karakter." })
  .refine((p) => p.includes("{seq}"), { error: "Pola nomor harus memuat {seq} (nomor urut)." })
  .refine((p) => !/\{(?!seq\}|year\}|month\})[^}]*\}/.test(p), { error: "Pola nomor hanya boleh memakai {seq}, {year} dan {month}." });

export const penomoranSchema = z.strictObject({ SPT: numberPattern, LAPORAN: numberPattern, SURAT: numberPattern });

export type Penomoran = z.infer<typeof penomoranSchema>;

/** The coat of arms on letterheads, when the admin replaced the placeholder. */
export const lambangSchema = z.strictObject({ mime: z.enum(["image/png", "image/jpeg"]), base64: z.string().max(3_000_000) }).nullable();

export const SETTINGS = {
  /** The Inspektorat as letterheads and the public pages name it; also the service-complaint contacts. */
  instansi: {
    schema: instansiSchema,
    default: {
      pemerintah: "PEMERINTAH KABUPATEN BANYUMAS",
      nama: "INSPEKTORAT",
      alamat: "Jalan Prof. Dr. Soeharso No. 45 B Purwokerto",
      kodePos: "53114",
      telepon: "(0281) 630700",
      faks: "(0281) 643789",
      email: "Inspektoratbms@gmail.com",
      laman: "",
      tempat: "Purwokerto",
    } satisfies Instansi,
  },
  surat: {
    schema: suratSchema,
    default: {
      paper: "A4",
      signerTitle: "INSPEKTUR DAERAH KABUPATEN BANYUMAS",
      dasar: [
        "Peraturan Pemerintah Nomor 12 Tahun 2017 tentang Pembinaan dan Pengawasan Penyelenggaraan Pemerintahan Daerah",
        "Peraturan Menteri Dalam Negeri Nomor 25 Tahun 2007 tentang Pedoman Penanganan Pengaduan Masyarakat di Lingkungan Departemen Dalam Negeri dan Pemerintahan Daerah",
      ],
      // Filled by the admin from the decrees: printed under "Dasar" only with their numbers.
      perbupNomor: "",
      perbupTahun: "",
      pkptNomor: "",
      pkptTahun: "",
      biaya: "",
      tembusan: ["Bupati Banyumas (sebagai laporan)", "Sekretaris Daerah Kabupaten Banyumas", "Arsip"],
      // A letter to a citizen is not copied to the Bupati and the Sekda.
      tembusanHasil: ["Arsip"],
    } satisfies SuratSettings,
  },
  penomoran: {
    schema: penomoranSchema,
    default: { SPT: "700.1.2/{seq}/{year}", LAPORAN: "700.1.2.1/{seq}/{year}", SURAT: "700.1.2.4/{seq}/{year}" } satisfies Penomoran,
  },
  lambang: { schema: lambangSchema, default: null },
  /** 60 days after the report reaches the OPD, for every kind, until the admin says otherwise. */
  followUpDeadlines: {
    schema: followUpDeadlinesSchema,
    default: {
      TINDAKAN_ADMINISTRATIF: SIXTY_DAYS,
      HUKUMAN_DISIPLIN: SIXTY_DAYS,
      PENGEMBALIAN_UANG: SIXTY_DAYS,
      PERBAIKAN_LAYANAN: SIXTY_DAYS,
      PENERUSAN_APH: SIXTY_DAYS,
    } satisfies FollowUpDeadlines,
  },
  /** Working days each step may take (PROCEDURE.md defaults). */
  stepTargets: {
    schema: stepTargetsSchema,
    default: Object.fromEntries(TARGET_STEPS.map((s) => [String(s.number), s.target.days])) as StepTargets,
  },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]["schema"]>;
