// What citizens and whistleblowers send through the public forms.
import { z } from "zod";
import { EVEN_WITH_FIELD_ERRORS, optionalEmail, optionalPhone, optionalText, text } from "@/lib/validation/fields";
import { mustConfirm } from "@/lib/workflow/inputs/common";
import { complaintFields, nikField } from "@/lib/workflow/inputs/intake";

/** A field people do not see; bots fill it in. */
export const honeypot = z.string().max(0, { error: "Formulir tidak dapat diproses." }).optional();

const consent = mustConfirm("Setujui pemberitahuan privasi untuk mengirim aduan.");

/** Who, where and when are the essentials a review cannot do without. */
function essentials(v: { reportedParty?: string | null; opdId?: string | null; location?: string | null; occurredAt?: string | null }, ctx: z.RefinementCtx) {
  if (!v.reportedParty && !v.opdId) {
    ctx.addIssue({ code: "custom", path: ["reportedParty"], message: "Sebutkan siapa yang dilaporkan, atau pilih OPD-nya." });
  }
  if (!v.location) ctx.addIssue({ code: "custom", path: ["location"], message: "Sebutkan di mana kejadiannya." });
  if (!v.occurredAt) ctx.addIssue({ code: "custom", path: ["occurredAt"], message: "Sebutkan kapan kejadiannya, walau perkiraan." });
}

export const publicComplaintInput = z
  .strictObject({
    ...complaintFields,
    confidentiality: z.enum(["BIASA", "RAHASIA", "ANONIM"], { error: "Pilih cara identitas Anda diperlakukan." }),
    reporterName: optionalText("Nama", 150),
    nik: nikField,
    phone: optionalPhone,
    email: optionalEmail,
    address: optionalText("Alamat", 500),
    lampiran: z.unknown().optional(),
    persetujuan: consent,
    website: honeypot,
  })
  .superRefine((v, ctx) => {
    essentials(v, ctx);
    if (v.confidentiality !== "ANONIM") {
      if (!v.reporterName) ctx.addIssue({ code: "custom", path: ["reporterName"], message: "Tulis nama Anda, atau pilih melapor tanpa nama." });
      if (!v.phone && !v.email) {
        ctx.addIssue({ code: "custom", path: ["phone"], message: "Isi nomor telepon atau e-mail agar kami dapat menghubungi Anda." });
      }
    }
  }, EVEN_WITH_FIELD_ERRORS);

export const wbsInput = z
  .strictObject({
    ...complaintFields,
    giveIdentity: z
      .literal("on")
      .optional()
      .transform((v) => v === "on"),
    reporterName: optionalText("Nama", 150),
    nik: nikField,
    phone: optionalPhone,
    email: optionalEmail,
    lampiran: z.unknown().optional(),
    persetujuan: consent,
    website: honeypot,
  })
  .superRefine((v, ctx) => {
    essentials(v, ctx);
    if (v.giveIdentity && !v.reporterName && !v.phone && !v.email) {
      ctx.addIssue({ code: "custom", path: ["reporterName"], message: "Isi identitas yang ingin Anda berikan, atau hapus centang." });
    }
  }, EVEN_WITH_FIELD_ERRORS);

export const trackInput = z.strictObject({
  code: text("Kode tanda terima", 60),
  website: honeypot,
});
