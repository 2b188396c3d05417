// The citizen's and the whistleblower's side: the public forms, the sealed
// WBS identity and who may open it, tracking by receipt code, questions and
// answers, and the case that closes itself.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { autoCloseUnconfirmed } from "@/lib/jobs/auto-close";
import { resetRateLimits } from "@/lib/public/rate-limit";
import { addWorkingDays } from "@/lib/sla/working-days";
import { loadCalendar } from "@/lib/sla/calendar";
import { todayInJakarta } from "@/lib/format/dates";
import { seedReferenceData } from "@/prisma/seed";
import { SAMPLE, file } from "@/tests/fixtures/files";
import { expectDomainError, expectFieldErrors } from "@/tests/expect-errors";
import { advanceCase, seedCrew, type Crew } from "@/tests/workflow";
import { loadCaseForActor } from "@/lib/workflow/scope";
import { answerComplainantQuestion, askComplainant } from "./messages";
import { submitPublicComplaint, submitWbsReport } from "./public-complaint";
import { findByReceiptCode, trackingView } from "./tracking";
import { decideIdentityAccess, requestIdentityAccess, viewIdentity } from "./wbs-identity";

const provider = databaseConfig().provider;
let crew: Crew;
let opdId: string;
const client = { key: "klien-uji" };

beforeAll(async () => {
  await seedReferenceData(db);
  crew = await seedCrew();
  opdId = (await db.opd.findUniqueOrThrow({ where: { code: "DINKES" } })).id;
});
beforeEach(() => resetRateLimits());

const complaint = (extra: Record<string, unknown> = {}) => ({
  title: "Obat puskesmas dijual",
  description: "Petugas menjual obat gratis.",
  reportedParty: "Petugas apotek puskesmas",
  opdId,
  location: "Puskesmas Kembaran",
  occurredAt: "November 2026",
  confidentiality: "BIASA",
  reporterName: "Rina Warga",
  email: "rina@contoh.id",
  persetujuan: "on",
  ...extra,
});

/** Moves a case through the staff steps to `untilStep` with the crew (the case was registered by the public). */
const advance = (caseId: string, untilStep: number) => advanceCase(crew, caseId, untilStep);

describe(`public complaint form (${provider})`, () => {
  it("stores the complaint with its files, queues the receipt e-mail without the code, and notifies the complaint team", async () => {
    await db.user.update({ where: { id: crew.pengaduan.id }, data: { email: "pengaduan@inspektorat.test" } });
    const r = await submitPublicComplaint(complaint({ lampiran: [file(SAMPLE.jpeg(), "foto.jpg")] }), client);
    const kase = await db.case.findUniqueOrThrow({ where: { id: r.caseId }, include: { attachments: true, reporter: true, outbox: true } });
    expect(kase).toMatchObject({ source: "MASYARAKAT", channel: "WEB", confidentiality: "BIASA" });
    expect(kase.attachments[0]).toMatchObject({ fileName: "foto.jpg", fromReporter: true, kind: "BUKTI_PELAPOR" });
    expect(kase.reporter).toMatchObject({ name: "Rina Warga", email: "rina@contoh.id", notifyEmail: true });
    const receipt = kase.outbox.find((o) => (o.payload as { to: string }).to === "rina@contoh.id");
    expect((receipt!.payload as { text: string }).text).toContain(r.registerNumber);
    expect(JSON.stringify(receipt!.payload)).not.toContain(r.receiptCode);
    expect(kase.outbox.some((o) => (o.payload as { to: string }).to === "pengaduan@inspektorat.test")).toBe(true);
  });

  it.each([
    [{ nik: "330201123456789" }, "nik", "16 angka"],
    [{ location: "" }, "location", "di mana"],
    [{ occurredAt: "" }, "occurredAt", "kapan"],
    [{ reportedParty: "", opdId: "" }, "reportedParty", "siapa"],
    [{ description: "" }, "description", "wajib"],
    [{ email: "", phone: "" }, "phone", "telepon atau e-mail"],
    [{ persetujuan: undefined }, "persetujuan", "privasi"],
    [{ website: "http://spam.example" }, "website", "tidak dapat diproses"],
    [{ lampiran: [file(SAMPLE.html(), "surat.pdf")] }, "lampiran", "jenis berkas"],
  ])("refuses %o with a message under %s, storing nothing", async (patch, field, text) => {
    const before = await db.case.count();
    const input = complaint(patch) as Record<string, unknown>;
    for (const [k, v] of Object.entries(patch)) if (v === undefined) delete input[k];
    const errors = await expectFieldErrors(() => submitPublicComplaint(input, client));
    expect(errors[field]?.join(" ").toLowerCase()).toContain(text.toLowerCase());
    expect(await db.case.count()).toBe(before);
  });

  it("accepts an anonymous complaint without any identity", async () => {
    const r = await submitPublicComplaint(complaint({ confidentiality: "ANONIM", reporterName: "", email: "" }), client);
    expect(await db.reporter.findUniqueOrThrow({ where: { caseId: r.caseId } })).toMatchObject({ anonymous: true, name: null });
  });

  it("limits a client to 10 submissions an hour", async () => {
    for (let i = 0; i < 10; i++) await submitPublicComplaint(complaint({ confidentiality: "ANONIM" }), { key: "rajin" });
    const e = await expectDomainError(() => submitPublicComplaint(complaint(), { key: "rajin" }), "DIBATASI");
    expect(e.message).toContain("coba lagi nanti");
  });
});

describe(`WBS (${provider})`, () => {
  it("seals a given identity: nothing readable in the database, nothing to staff until the Inspektur allows, every step recorded", async () => {
    const r = await submitWbsReport(
      {
        title: "Mark-up pengadaan alat kesehatan",
        description: "Harga dinaikkan dua kali lipat.",
        reportedParty: "PPK Dinas Kesehatan",
        opdId,
        location: "Dinas Kesehatan",
        occurredAt: "Agustus 2026",
        giveIdentity: "on",
        reporterName: "Saksi Rahasia",
        email: "saksi.rahasia@contoh.id",
        persetujuan: "on",
      },
      client,
    );
    const reporter = await db.reporter.findUniqueOrThrow({ where: { caseId: r.caseId } });
    expect(reporter).toMatchObject({ name: null, email: null, anonymous: false });
    expect(Buffer.from(reporter.sealed!).toString("utf8")).not.toContain("Saksi");
    const kase = await db.case.findUniqueOrThrow({ where: { id: r.caseId }, include: { outbox: true } });
    expect(kase).toMatchObject({ source: "WBS", confidentiality: "RAHASIA" });
    // No e-mail to a whistleblower: it would give them away.
    expect(kase.outbox.filter((o) => JSON.stringify(o.payload).includes("saksi.rahasia"))).toEqual([]);

    await advance(r.caseId, 6); // disposed to irban1
    expect((await loadCaseForActor(crew.irban1, r.caseId)).id).toBe(r.caseId);
    await expectDomainError(() => viewIdentity(crew.irban1, { caseId: r.caseId }), "TIDAK_BERWENANG");
    const req = await requestIdentityAccess(crew.irban1, { caseId: r.caseId, reason: "Perlu keterangan saksi untuk klarifikasi." });
    await expectDomainError(() => requestIdentityAccess(crew.irban1, { caseId: r.caseId, reason: "lagi" }), "SUDAH_ADA");
    await expectDomainError(() => viewIdentity(crew.irban1, { caseId: r.caseId }), "TIDAK_BERWENANG");
    await expectDomainError(() => decideIdentityAccess(crew.irban1, { requestId: req.id, decision: "SETUJU" }), "TIDAK_BERWENANG");
    await decideIdentityAccess(crew.inspektur, { requestId: req.id, decision: "SETUJU" });
    expect(await viewIdentity(crew.irban1, { caseId: r.caseId })).toMatchObject({ name: "Saksi Rahasia", email: "saksi.rahasia@contoh.id" });
    await expectDomainError(() => viewIdentity(crew.irban2, { caseId: r.caseId }), "TIDAK_DITEMUKAN");

    const events = await db.historyEvent.findMany({ where: { caseId: r.caseId, type: { startsWith: "IDENTITAS_" } }, orderBy: { seq: "asc" } });
    expect(events.map((e) => [e.type, e.actorId])).toEqual([
      ["IDENTITAS_DIMINTA", crew.irban1.id],
      ["IDENTITAS_DISETUJUI", crew.inspektur.id],
      ["IDENTITAS_DILIHAT", crew.irban1.id],
    ]);
  });

  it("is anonymous by default", async () => {
    const r = await submitWbsReport(
      { title: "Suap", description: "Ada suap.", reportedParty: "Kabid", location: "Kantor", occurredAt: "2026", persetujuan: "on" },
      client,
    );
    expect(await db.reporter.findUniqueOrThrow({ where: { caseId: r.caseId } })).toMatchObject({ anonymous: true, sealed: null });
    expect((await db.case.findUniqueOrThrow({ where: { id: r.caseId } })).confidentiality).toBe("ANONIM");
  });
});

describe(`tracking (${provider})`, () => {
  it("finds the case by receipt code however it is typed, and shows only what the complainant may see", async () => {
    const r = await submitPublicComplaint(complaint(), client);
    const id = await findByReceiptCode({ code: r.receiptCode.toLowerCase().replace(/-/g, " ") }, client);
    expect(id).toBe(r.caseId);
    const view = await trackingView(id);
    expect(view).toMatchObject({ registerNumber: r.registerNumber, stage: "Aduan diterima", finished: false });
    expect(view?.messages).toEqual([]);
    expect(JSON.stringify(view)).not.toContain("Rina Warga");
    expect(await trackingView("tidak-ada")).toBeNull();
    const e = await expectDomainError(() => findByReceiptCode({ code: "0000-0000-0000-0000-0000-0000" }, client), "TIDAK_DIKENAL");
    expect(e.fieldErrors.code?.[0]).toContain("tidak dikenal");
  });

  it("limits lookups to 30 per 10 minutes per client", async () => {
    for (let i = 0; i < 30; i++) await findByReceiptCode({ code: "0000-0000-0000-0000-0000-0000" }, { key: "penebak" }).catch(() => {});
    await expectDomainError(() => findByReceiptCode({ code: "x" }, { key: "penebak" }), "DIBATASI");
  });

  it("lets the complainant answer the team's question with evidence", async () => {
    const r = await submitPublicComplaint(complaint(), client);
    await expectDomainError(() => answerComplainantQuestion(r.caseId, { body: "Jawaban" }), "TANPA_PERTANYAAN");
    await askComplainant(crew.pengaduan, { caseId: r.caseId, question: "Mohon kirim foto kuitansi." });
    expect((await trackingView(r.caseId))?.openQuestionId).not.toBeNull();
    await answerComplainantQuestion(r.caseId, { body: "Ini fotonya.", lampiran: [file(SAMPLE.png(), "kuitansi.png")] });
    const after = await trackingView(r.caseId);
    expect(after?.openQuestionId).toBeNull();
    // The case and its messages come from one statement on both databases: same shapes, oldest first.
    expect(after?.messages.map((m) => [m.direction, m.kind, m.body])).toEqual([
      ["KE_PELAPOR", "PERTANYAAN", "Mohon kirim foto kuitansi."],
      ["DARI_PELAPOR", "JAWABAN", "Ini fotonya."],
    ]);
    expect(after?.messages.every((m) => m.createdAt instanceof Date && !Number.isNaN(m.createdAt.getTime()))).toBe(true);
    expect(after?.dueIsEstimate).toBeTypeOf("boolean");
    const answer = await db.message.findFirstOrThrow({ where: { caseId: r.caseId, kind: "JAWABAN" }, include: { attachments: true } });
    expect(answer.attachments.map((a) => a.fileName)).toEqual(["kuitansi.png"]);
    await expectDomainError(() => askComplainant(crew.irban1, { caseId: r.caseId, question: "x" }), "TIDAK_BERWENANG");
  });

  it("closes a case by itself after 10 working days without confirmation, not before", async () => {
    const r = await submitPublicComplaint(complaint(), client);
    await advance(r.caseId, 12);
    const cal = await loadCalendar(db);
    const waitingSince = (await db.case.findUniqueOrThrow({ where: { id: r.caseId } })).awaitingConfirmationOn!;
    expect(waitingSince).toBe(todayInJakarta());
    expect(await autoCloseUnconfirmed(addWorkingDays(waitingSince, 9, cal.holidays))).not.toContain(r.caseId);
    expect(await autoCloseUnconfirmed(addWorkingDays(waitingSince, 10, cal.holidays))).toContain(r.caseId);
    expect(await db.case.findUniqueOrThrow({ where: { id: r.caseId } })).toMatchObject({ status: "SELESAI", confirmedBy: "OTOMATIS" });
  });
});
