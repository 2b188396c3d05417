// Step 1 from the public: a citizen's complaint (/lapor) or a whistleblower's
// report (/wbs). The case, its files, the receipt and the notices to staff are
// written in one transaction; the e-mails leave later through the outbox.
import { faultPoint } from "@/lib/testing/faults";
import { db, type Tx } from "@/lib/db";
import { DomainError, ValidationError } from "@/lib/errors";
import { seal } from "@/lib/crypto/seal";
import { checkUploads } from "@/lib/files/uploads";
import { formatCivilDate } from "@/lib/format/dates";
import { enqueue } from "@/lib/outbox/enqueue";
import { LIMITS, allow } from "@/lib/public/rate-limit";
import type { PublicClient } from "@/lib/public/action";
import { publicUrl } from "@/lib/runtime/public-url";
import { loadCalendar } from "@/lib/sla/calendar";
import { parseInput } from "@/lib/validation/parse";
import { createCase } from "./create-case";
import { publicComplaintInput, wbsInput } from "./public-inputs";

export interface Receipt {
  caseId: string;
  registerNumber: string;
  receiptCode: string;
  dueOn: string;
  dueIsEstimate: boolean;
}

function checkRate(limit: "lapor" | "wbs", client: PublicClient) {
  if (!allow(limit, client.key)) throw new DomainError("DIBATASI", LIMITS[limit].message);
}

async function checkOpd(opdId: string | null) {
  if (!opdId) return;
  const opd = await db.opd.findFirst({ where: { id: opdId, active: true }, select: { id: true } });
  if (!opd) throw new ValidationError({ opdId: ["Pilih OPD dari daftar."] });
}

/** The receipt e-mail: register number and due date; never the receipt code itself. */
async function queueReceiptEmail(tx: Tx, to: string, r: { id: string; registerNumber: string; dueOn: string }) {
  await enqueue(
    tx,
    "EMAIL",
    `${r.id}:tanda-terima`,
    {
      to,
      subject: `[SIPADU] Aduan Anda diterima — ${r.registerNumber}`,
      text:
        `Terima kasih. Aduan Anda telah kami terima dengan nomor register ${r.registerNumber}.\n\n` +
        `Aduan ditangani paling lama 20 hari kerja, sampai ${formatCivilDate(r.dueOn)}.\n` +
        `Ikuti perkembangannya di ${publicUrl()}/lacak dengan kode tanda terima yang ditampilkan saat Anda mengirim aduan ` +
        "(demi keamanan, kode tidak dikirim melalui e-mail).\n\n-- Inspektorat Kabupaten Banyumas",
    },
    r.id,
  );
}

export async function submitPublicComplaint(raw: unknown, client: PublicClient): Promise<Receipt> {
  checkRate("lapor", client);
  const input = parseInput(publicComplaintInput, raw);
  const files = await checkUploads("lampiran", input.lampiran);
  await checkOpd(input.opdId);
  const calendar = await loadCalendar(db);
  const anonymous = input.confidentiality === "ANONIM";
  const created = await db.$transaction(async (tx) => {
    const c = await createCase(
      tx,
      {
        source: "MASYARAKAT",
        channel: "WEB",
        ...pick5w1h(input),
        confidentiality: input.confidentiality,
        reporter: anonymous
          ? null
          : { name: input.reporterName, nik: input.nik, phone: input.phone, email: input.email, address: input.address, notifyEmail: true },
        attachments: { files, kind: "BUKTI_PELAPOR", fromReporter: true },
        actorLabel: "Pelapor (formulir web)",
      },
      calendar,
    );
    if (!anonymous && input.email) await queueReceiptEmail(tx, input.email, c);
    faultPoint("intake:before-commit");
    return c;
  });
  return {
    caseId: created.id,
    registerNumber: created.registerNumber,
    receiptCode: created.receiptCode,
    dueOn: created.dueOn,
    dueIsEstimate: created.dueIsEstimate,
  };
}

/**
 * A whistleblower's report: anonymous unless they choose otherwise; a given
 * identity is sealed (AES-256-GCM) and never stored in the clear.
 */
export async function submitWbsReport(raw: unknown, client: PublicClient): Promise<Receipt> {
  checkRate("wbs", client);
  const input = parseInput(wbsInput, raw);
  const files = await checkUploads("lampiran", input.lampiran);
  await checkOpd(input.opdId);
  const calendar = await loadCalendar(db);
  const identity = input.giveIdentity ? seal(JSON.stringify({ name: input.reporterName, nik: input.nik, phone: input.phone, email: input.email })) : null;
  const created = await db.$transaction((tx) =>
    createCase(
      tx,
      {
        source: "WBS",
        channel: "WBS_WEB",
        ...pick5w1h(input),
        confidentiality: identity ? "RAHASIA" : "ANONIM",
        reporter: identity ? { sealed: identity } : null,
        attachments: { files, kind: "BUKTI_PELAPOR", fromReporter: true },
        actorLabel: "Pelapor WBS",
      },
      calendar,
    ),
  );
  return {
    caseId: created.id,
    registerNumber: created.registerNumber,
    receiptCode: created.receiptCode,
    dueOn: created.dueOn,
    dueIsEstimate: created.dueIsEstimate,
  };
}

function pick5w1h(input: {
  title: string;
  description: string;
  reportedParty: string | null;
  opdId: string | null;
  location: string | null;
  occurredAt: string | null;
  reason?: string | null;
  manner: string | null;
  evidenceSummary: string | null;
}) {
  return {
    title: input.title,
    description: input.description,
    reportedParty: input.reportedParty,
    opdId: input.opdId,
    location: input.location,
    occurredAt: input.occurredAt,
    reason: input.reason ?? null,
    manner: input.manner,
    evidenceSummary: input.evidenceSummary,
  };
}
