// Importing Lapak Aduan's CSV export (docs/lapak-aduan.md): a preview that
// says, line by line, what will happen, then the import of the good rows —
// each row whole or not at all; a ticket already present is skipped.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { DomainError, ValidationError } from "@/lib/errors";
import { UPLOAD_RULES, megabytes } from "@/lib/files/limits";
import { fieldErrorsOf } from "@/lib/validation/parse";
import { parseCsv } from "./csv";
import { receiveTicket, ticketSchema } from "./lapak-aduan";

export const CSV_COLUMNS = [
  "ticketId",
  "title",
  "description",
  "reporterName",
  "reporterPhone",
  "reporterEmail",
  "opdName",
  "location",
  "occurredAt",
  "createdAt",
] as const;

export const MAX_CSV_BYTES = UPLOAD_RULES.csv.maxFileBytes;
export const MAX_CSV_ROWS = 2000;

export type RowState = "BARU" | "SUDAH_ADA" | "GALAT";

export interface PreviewRow {
  line: number;
  ticketId: string;
  title: string;
  state: RowState;
  reasons: string[];
}

function rowToTicket(fields: string[]) {
  const v = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, (fields[i] ?? "").trim()])) as Record<(typeof CSV_COLUMNS)[number], string>;
  return {
    ticketId: v.ticketId,
    title: v.title,
    description: v.description,
    ...(v.reporterName || v.reporterPhone || v.reporterEmail
      ? { reporter: { name: v.reporterName, phone: v.reporterPhone || undefined, email: v.reporterEmail || undefined } }
      : {}),
    opdName: v.opdName || undefined,
    location: v.location || undefined,
    occurredAt: v.occurredAt || undefined,
    createdAt: v.createdAt,
  };
}

/** The CSV column a field of the ticket comes from (reporter.email → reporterEmail). */
const COLUMN_OF: Record<string, string> = { "reporter.name": "reporterName", "reporter.phone": "reporterPhone", "reporter.email": "reporterEmail" };

/** "Kolom title: Perihal wajib diisi." — the column as the file names it, the problem in words. */
function reasonsOf(error: z.ZodError): string[] {
  return Object.entries(fieldErrorsOf(error)).map(([field, messages]) =>
    field === "_form" ? messages[0]! : `Kolom ${COLUMN_OF[field] ?? field}: ${messages[0]}`,
  );
}

/** What importing `text` would do. A file that is not a readable CSV export is refused whole. */
export async function previewCsv(text: string): Promise<PreviewRow[]> {
  if (Buffer.byteLength(text) > MAX_CSV_BYTES) throw new ValidationError({ berkas: [`Berkas CSV paling besar ${megabytes(MAX_CSV_BYTES)}.`] });
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new ValidationError({ berkas: [parsed.message] });
  const [header, ...rows] = parsed.records;
  const names = (header?.fields ?? []).map((f) => f.trim());
  if (names.join(",") !== CSV_COLUMNS.join(",")) {
    throw new ValidationError({ berkas: [`Baris judul harus: ${CSV_COLUMNS.join(",")}`] });
  }
  if (rows.length === 0) throw new ValidationError({ berkas: ["Berkas tidak berisi baris data."] });
  if (rows.length > MAX_CSV_ROWS) throw new ValidationError({ berkas: [`Paling banyak ${MAX_CSV_ROWS} baris per impor.`] });

  const seen = new Map<string, number>();
  const out: PreviewRow[] = [];
  for (const r of rows) {
    const base = { line: r.line, ticketId: (r.fields[0] ?? "").trim(), title: (r.fields[1] ?? "").trim() };
    if (r.fields.length !== CSV_COLUMNS.length) {
      out.push({ ...base, state: "GALAT", reasons: [`Jumlah kolom ${r.fields.length}, seharusnya ${CSV_COLUMNS.length}.`] });
      continue;
    }
    const check = ticketSchema.safeParse(rowToTicket(r.fields));
    if (!check.success) {
      out.push({ ...base, state: "GALAT", reasons: reasonsOf(check.error) });
      continue;
    }
    const earlier = seen.get(check.data.ticketId);
    if (earlier) {
      out.push({ ...base, state: "GALAT", reasons: [`ticketId sama dengan baris ${earlier}.`] });
      continue;
    }
    seen.set(check.data.ticketId, r.line);
    out.push({ ...base, state: "BARU", reasons: [] });
  }
  const present = await db.case.findMany({
    where: { lapakTicketId: { in: out.filter((r) => r.state === "BARU").map((r) => r.ticketId) } },
    select: { lapakTicketId: true },
  });
  const known = new Set(present.map((p) => p.lapakTicketId));
  for (const r of out) {
    if (r.state === "BARU" && known.has(r.ticketId)) {
      r.state = "SUDAH_ADA";
      r.reasons = ["Tiket ini sudah ada di SIPADU; dilewati."];
    }
  }
  return out;
}

export interface ImportResult {
  imported: { line: number; ticketId: string; registerNumber: string }[];
  skipped: PreviewRow[];
  failed: PreviewRow[];
}

export async function importCsv(actor: Actor, text: string): Promise<ImportResult> {
  throwIfNoPermission(actor, "lapak:import");
  const preview = await previewCsv(text);
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new DomainError("CSV", parsed.message);
  const byLine = new Map(parsed.records.map((r) => [r.line, r.fields]));
  const result: ImportResult = { imported: [], skipped: [], failed: [] };
  for (const row of preview) {
    if (row.state === "SUDAH_ADA") result.skipped.push(row);
    if (row.state !== "BARU") {
      if (row.state === "GALAT") result.failed.push(row);
      continue;
    }
    try {
      // Each row in its own transaction: one bad row never undoes the good ones.
      const r = await receiveTicket(rowToTicket(byLine.get(row.line)!), "LAPAK_ADUAN_CSV");
      if (r.created) result.imported.push({ line: row.line, ticketId: row.ticketId, registerNumber: r.registerNumber });
      else result.skipped.push({ ...row, state: "SUDAH_ADA", reasons: ["Tiket ini sudah ada di SIPADU; dilewati."] });
    } catch (e) {
      const reasons = e instanceof DomainError ? [e.message, ...Object.values(e.fieldErrors).flat()] : ["Kesalahan sistem saat menyimpan baris ini."];
      if (!(e instanceof DomainError)) console.error(`[lapak-csv] line ${row.line}`, e);
      result.failed.push({ ...row, state: "GALAT", reasons });
    }
  }
  return result;
}
