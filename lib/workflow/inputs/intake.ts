// Step 1 by hand: the complaint team registers a letter, e-mail, walk-in or
// telephone complaint, or the Bupati's disposition (aduan/baru).
import { z } from "zod";
import { COMPLAINT_LIMITS } from "./complaint-limits";
import { EVEN_WITH_FIELD_ERRORS, optionalEmail, optionalPhone, optionalText, text } from "@/lib/validation/fields";
import { optionalCivilDate } from "./common";

export const STAFF_SOURCES = ["MASYARAKAT", "DISPOSISI_BUPATI"] as const;
export const STAFF_CHANNELS = ["SURAT", "EMAIL", "LANGSUNG", "TELEPON"] as const;

export const CHANNEL_LABELS: Record<string, string> = {
  WEB: "Formulir web",
  SURAT: "Surat",
  EMAIL: "E-mail",
  LANGSUNG: "Datang langsung",
  TELEPON: "Telepon",
  LAPAK_ADUAN_API: "Lapak Aduan",
  LAPAK_ADUAN_CSV: "Lapak Aduan (impor CSV)",
  WBS_WEB: "Formulir WBS",
};

export const CONFIDENTIALITY_LABELS: Record<string, string> = {
  BIASA: "Identitas diketahui tim pengaduan dan Inspektur",
  RAHASIA: "Rahasia: identitas hanya untuk tim pengaduan dan Inspektur, tidak pernah dicantumkan dalam dokumen",
  ANONIM: "Anonim: pelapor tidak menyebut identitas",
};

export const nikField = z
  .string()
  .optional()
  .transform((v) => (v ? v.replace(/\s+/g, "") : null))
  .refine((v) => v === null || /^\d{16}$/.test(v), { error: "NIK harus 16 angka." });

/** The 5W+1H of a complaint, shared by every way it comes in. */
export const complaintFields = {
  title: text("Perihal", COMPLAINT_LIMITS.title),
  description: text("Apa yang terjadi", COMPLAINT_LIMITS.description),
  reportedParty: optionalText("Siapa yang dilaporkan", COMPLAINT_LIMITS.reportedParty),
  opdId: z
    .string()
    .max(40)
    .optional()
    .transform((v) => v || null),
  location: optionalText("Di mana", COMPLAINT_LIMITS.location),
  occurredAt: optionalText("Kapan", COMPLAINT_LIMITS.occurredAt),
  reason: optionalText("Mengapa", COMPLAINT_LIMITS.reason),
  manner: optionalText("Bagaimana", COMPLAINT_LIMITS.manner),
  evidenceSummary: optionalText("Bukti yang ada", COMPLAINT_LIMITS.evidenceSummary),
};

export const reporterFields = {
  confidentiality: z.enum(["BIASA", "RAHASIA", "ANONIM"], { error: "Pilih perlakuan identitas pelapor." }),
  reporterName: optionalText("Nama pelapor", 150),
  nik: nikField,
  phone: optionalPhone,
  email: optionalEmail,
  address: optionalText("Alamat", 500),
};

export const registerInput = z
  .strictObject({
    source: z.enum(STAFF_SOURCES, { error: "Pilih sumber aduan." }),
    channel: z.enum(STAFF_CHANNELS, { error: "Pilih cara aduan diterima." }),
    dispositionNumber: optionalText("Nomor disposisi", 100),
    dispositionDate: optionalCivilDate("Tanggal disposisi"),
    ...complaintFields,
    ...reporterFields,
    lampiran: z.unknown().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.source === "DISPOSISI_BUPATI") {
      if (!v.dispositionNumber) ctx.addIssue({ code: "custom", path: ["dispositionNumber"], message: "Nomor disposisi Bupati wajib diisi." });
      if (!v.dispositionDate) ctx.addIssue({ code: "custom", path: ["dispositionDate"], message: "Tanggal disposisi Bupati wajib diisi." });
    }
    if (v.confidentiality !== "ANONIM" && !v.reporterName) {
      ctx.addIssue({ code: "custom", path: ["reporterName"], message: "Nama pelapor wajib diisi, atau pilih anonim." });
    }
    if (v.confidentiality !== "ANONIM" && v.source === "MASYARAKAT" && !v.phone && !v.email && !v.address) {
      ctx.addIssue({ code: "custom", path: ["phone"], message: "Isi telepon, e-mail atau alamat agar pelapor dapat dihubungi." });
    }
  }, EVEN_WITH_FIELD_ERRORS);
