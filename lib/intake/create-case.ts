// Step 1, whatever the source: a new case with its register number, due date,
// receipt code, the complainant kept apart, the attachments and the first
// history event — all in the caller's transaction.
import type { Tx } from "@/lib/db";
import type { AttachmentKind, CaseSource, Confidentiality, IntakeChannel } from "@/lib/enums";
import { storeAttachments } from "@/lib/files/store";
import type { CheckedFile } from "@/lib/files/uploads";
import { civilDateAt } from "@/lib/format/dates";
import { appendHistory } from "@/lib/history/chain";
import { notifyStaffOfStep } from "@/lib/outbox/staff-notice";
import { formatRegisterNumber, nextInSequence } from "@/lib/numbering/sequence";
import { dueDate, type Calendar } from "@/lib/sla/calendar";
import { stepDueOn } from "@/lib/sla/step-due";
import { addWorkingDays } from "@/lib/sla/working-days";
import { readSetting } from "@/lib/settings/settings";
import { eventLabelOf, eventTypeOf, stepByNumber } from "@/lib/workflow/steps";
import { hashReceiptCode, newReceiptCode } from "./receipt-code";

/** Step 1 of the table: registering creates the case in its `to` status. */
const RECEIVE = stepByNumber(1);

export interface NewCase {
  source: CaseSource;
  channel: IntakeChannel;
  title: string;
  description: string;
  reportedParty?: string | null;
  opdId?: string | null;
  location?: string | null;
  occurredAt?: string | null;
  reason?: string | null;
  manner?: string | null;
  evidenceSummary?: string | null;
  lapakTicketId?: string | null;
  dispositionNumber?: string | null;
  dispositionDate?: string | null;
  confidentiality: Confidentiality;
  reporter: {
    name?: string | null;
    nik?: string | null;
    phone?: string | null;
    email?: string | null;
    address?: string | null;
    notifyEmail?: boolean;
    /** AES-GCM sealed identity (WBS); then no plain field is stored */
    sealed?: { bytes: Uint8Array<ArrayBuffer>; keyId: string } | null;
  } | null;
  attachments?: { files: CheckedFile[]; kind: AttachmentKind; fromReporter: boolean };
  /** the staff member who registered it, or who acted for the system */
  registeredById?: string | null;
  actorLabel?: string | null;
}

export function searchTextOf(registerNumber: string, title: string): string {
  return `${registerNumber} ${title}`.toLowerCase();
}

export async function createCase(tx: Tx, data: NewCase, calendar: Calendar, now = new Date()) {
  const registeredOn = civilDateAt(now);
  const targets = await readSetting(tx, "stepTargets");
  const year = Number(registeredOn.slice(0, 4));
  const registerNumber = formatRegisterNumber(year, await nextInSequence(tx, "ADU", year));
  const due = dueDate(calendar, registeredOn);
  const receiptCode = newReceiptCode();
  const anonymous = data.confidentiality === "ANONIM";

  const created = await tx.case.create({
    data: {
      registerNumber,
      source: data.source,
      channel: data.channel,
      status: RECEIVE.to,
      confidentiality: data.confidentiality,
      lapakTicketId: data.lapakTicketId ?? null,
      dispositionNumber: data.dispositionNumber ?? null,
      dispositionDate: data.dispositionDate ?? null,
      title: data.title,
      description: data.description,
      reportedParty: data.reportedParty ?? null,
      location: data.location ?? null,
      occurredAt: data.occurredAt ?? null,
      reason: data.reason ?? null,
      manner: data.manner ?? null,
      evidenceSummary: data.evidenceSummary ?? null,
      opdId: data.opdId ?? null,
      receiptCodeHash: hashReceiptCode(receiptCode),
      searchText: searchTextOf(registerNumber, data.title),
      registeredAt: now,
      registeredOn,
      dueOn: due.dueOn,
      dueIsEstimate: due.estimate,
      stepEnteredOn: registeredOn,
      stepDueOn: stepDueOn({ status: RECEIVE.to, stepEnteredOn: registeredOn, stepPausedDays: 0, planEndOn: null }, targets, (d, n) =>
        addWorkingDays(d, n, calendar.holidays),
      ),
      registeredById: data.registeredById ?? null,
      reporter: {
        create:
          anonymous || !data.reporter
            ? { anonymous: true }
            : data.reporter.sealed
              ? { anonymous: false, sealed: data.reporter.sealed.bytes, sealedKeyId: data.reporter.sealed.keyId }
              : {
                  anonymous: false,
                  name: data.reporter.name ?? null,
                  nik: data.reporter.nik ?? null,
                  phone: data.reporter.phone ?? null,
                  email: data.reporter.email ?? null,
                  address: data.reporter.address ?? null,
                  notifyEmail: Boolean(data.reporter.email && (data.reporter.notifyEmail ?? true)),
                },
      },
    },
    select: { id: true },
  });

  if (data.attachments?.files.length) {
    await storeAttachments(tx, data.attachments.files, {
      caseId: created.id,
      kind: data.attachments.kind,
      uploadedById: data.registeredById ?? null,
      fromReporter: data.attachments.fromReporter,
    });
  }

  const event = await appendHistory(
    tx,
    created.id,
    {
      step: RECEIVE.number,
      type: eventTypeOf(RECEIVE),
      toStatus: RECEIVE.to,
      actorId: data.registeredById ?? null,
      actorLabel: data.registeredById ? null : (data.actorLabel ?? "Sistem"),
      data: {
        label: eventLabelOf(RECEIVE, RECEIVE.to),
        source: data.source,
        channel: data.channel,
        dueOn: due.dueOn,
        attachments: data.attachments?.files.length ?? 0,
      },
    },
    now,
  );
  await notifyStaffOfStep(tx, { id: created.id, registerNumber, title: data.title }, RECEIVE.to, event.seq);
  return { id: created.id, registerNumber, receiptCode, dueOn: due.dueOn, dueIsEstimate: due.estimate };
}
