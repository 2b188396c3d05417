// Step 1 by hand (aduan/baru): the complaint team registers a letter, e-mail,
// walk-in or telephone complaint, or a disposition of the Bupati.
import type { Actor } from "@/lib/auth/actor";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { checkUploads } from "@/lib/files/uploads";
import { createCase } from "@/lib/intake/create-case";
import { loadCalendar } from "@/lib/sla/calendar";
import { parseInput } from "@/lib/validation/parse";
import { stepByNumber, takes } from "@/lib/workflow/steps";
import { registerInput } from "@/lib/workflow/inputs/intake";
import { todayInJakarta } from "@/lib/format/dates";

export async function registerCase(actor: Actor, raw: unknown) {
  throwIfNoPermission(actor, "case:register");
  if (!takes(stepByNumber(1), actor.role)) throw new ForbiddenError();
  const input = parseInput(registerInput, raw);
  const files = await checkUploads("lampiran", input.lampiran);
  if (input.source === "DISPOSISI_BUPATI" && files.length === 0) {
    throw new ValidationError({ lampiran: ["Lampirkan pindaian surat disposisi Bupati."] });
  }
  if (input.opdId) {
    const opd = await db.opd.findFirst({ where: { id: input.opdId, active: true }, select: { id: true } });
    if (!opd) throw new ValidationError({ opdId: ["Pilih OPD dari daftar."] });
  }
  if (input.dispositionDate && input.dispositionDate > todayInJakarta()) {
    throw new ValidationError({ dispositionDate: ["Tanggal disposisi tidak boleh di masa depan."] });
  }
  const calendar = await loadCalendar(db);
  const anonymous = input.confidentiality === "ANONIM";
  return db.$transaction((tx) =>
    createCase(
      tx,
      {
        source: input.source,
        channel: input.channel,
        title: input.title,
        description: input.description,
        reportedParty: input.reportedParty,
        opdId: input.opdId,
        location: input.location,
        occurredAt: input.occurredAt,
        reason: input.reason,
        manner: input.manner,
        evidenceSummary: input.evidenceSummary,
        dispositionNumber: input.source === "DISPOSISI_BUPATI" ? input.dispositionNumber : null,
        dispositionDate: input.source === "DISPOSISI_BUPATI" ? input.dispositionDate : null,
        confidentiality: input.confidentiality,
        reporter: anonymous ? null : { name: input.reporterName, nik: input.nik, phone: input.phone, email: input.email, address: input.address },
        attachments: {
          files,
          kind: input.source === "DISPOSISI_BUPATI" ? "SCAN_DISPOSISI" : "SURAT_MASUK",
          fromReporter: false,
        },
        registeredById: actor.id,
      },
      calendar,
    ),
  );
}
