// Complaints from Lapak Aduan, the regency's citizen portal: one ticket, one
// case. A ticket already received returns its case: nothing is duplicated,
// whether the same request is replayed or the ticket also comes by CSV.
import { z } from "zod";
import { db } from "@/lib/db";
import { uniqueViolation } from "@/lib/db/errors";
import { ValidationError } from "@/lib/errors";
import { checkUploads, type CheckedFile } from "@/lib/files/uploads";
import { MAX_FILES } from "@/lib/files/limits";
import { loadCalendar } from "@/lib/sla/calendar";
import { optionalEmail, optionalPhone, optionalText, text } from "@/lib/validation/fields";
import { parseInput } from "@/lib/validation/parse";
import { createCase } from "./create-case";

export const ticketSchema = z.strictObject({
  ticketId: z
    .string({ error: "Nomor tiket wajib diisi." })
    .trim()
    .regex(/^[A-Za-z0-9._\-/]{1,64}$/, { error: "Nomor tiket: 1–64 huruf, angka, titik, garis bawah, tanda hubung atau garis miring." }),
  title: text("Perihal", 200),
  description: text("Uraian aduan", 10_000),
  reporter: z.strictObject({ name: text("Nama pelapor", 150), phone: optionalPhone, email: optionalEmail }).optional(),
  opdName: optionalText("Nama OPD", 150),
  location: optionalText("Lokasi", 500),
  occurredAt: optionalText("Waktu kejadian", 200),
  createdAt: z.iso.datetime({ offset: true, error: "Waktu tiket dibuat harus waktu ISO 8601, misalnya 2026-11-30T08:15:00+07:00." }),
  attachments: z
    .array(
      z.strictObject({
        filename: text("Nama berkas", 200),
        contentBase64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: "Isi berkas bukan base64." }),
      }),
    )
    .max(MAX_FILES, { error: `Paling banyak ${MAX_FILES} lampiran.` })
    .optional(),
});

export type Ticket = z.infer<typeof ticketSchema>;

export interface TicketResult {
  created: boolean;
  caseId: string;
  registerNumber: string;
}

async function existing(ticketId: string) {
  return db.case.findUnique({ where: { lapakTicketId: ticketId }, select: { id: true, registerNumber: true } });
}

async function checkFiles(ticket: Ticket): Promise<CheckedFile[]> {
  const files = (ticket.attachments ?? []).map((a) => new File([Buffer.from(a.contentBase64, "base64")], a.filename));
  return checkUploads("attachments", files);
}

/** The OPD a ticket names, by name or code, ignoring case; null when it names none SIPADU knows. */
async function matchOpd(name: string | null) {
  if (!name) return null;
  const wanted = name.trim().toLowerCase();
  const opds = await db.opd.findMany({ where: { active: true }, select: { id: true, name: true, code: true } });
  return opds.find((o) => o.name.toLowerCase() === wanted || o.code.toLowerCase() === wanted) ?? null;
}

export async function receiveTicket(raw: unknown, channel: "LAPAK_ADUAN_API" | "LAPAK_ADUAN_CSV" = "LAPAK_ADUAN_API"): Promise<TicketResult> {
  const ticket = parseInput(ticketSchema, raw);
  const known = await existing(ticket.ticketId);
  if (known) return { created: false, caseId: known.id, registerNumber: known.registerNumber };
  const files = await checkFiles(ticket);
  const opd = await matchOpd(ticket.opdName);
  const calendar = await loadCalendar(db);
  try {
    const c = await db.$transaction((tx) =>
      createCase(
        tx,
        {
          source: "LAPAK_ADUAN",
          channel,
          lapakTicketId: ticket.ticketId,
          title: ticket.title,
          description: ticket.description,
          // An OPD SIPADU does not know stays visible as the reported party.
          reportedParty: opd ? null : ticket.opdName,
          opdId: opd?.id ?? null,
          location: ticket.location,
          occurredAt: ticket.occurredAt,
          confidentiality: ticket.reporter ? "BIASA" : "ANONIM",
          // Lapak Aduan tells its own users; SIPADU reports the status back to it instead of e-mailing them.
          reporter: ticket.reporter ? { name: ticket.reporter.name, phone: ticket.reporter.phone, email: ticket.reporter.email, notifyEmail: false } : null,
          attachments: { files, kind: "BUKTI_PELAPOR", fromReporter: true },
          actorLabel: "Lapak Aduan",
        },
        calendar,
      ),
    );
    return { created: true, caseId: c.id, registerNumber: c.registerNumber };
  } catch (e) {
    // The same ticket arriving twice at once: the second finds the first's case.
    if (uniqueViolation(e)) {
      const after = await existing(ticket.ticketId);
      if (after) return { created: false, caseId: after.id, registerNumber: after.registerNumber };
    }
    throw e;
  }
}

export function assertJsonObject(value: unknown): Record<string, unknown> {
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new ValidationError({ _form: ["Isi permintaan harus objek JSON."] });
  return value as Record<string, unknown>;
}
