// Issue 18: the follow-up transitions on a real database: each transition, the wrong actor, out of scope,
// a stale version, a partial repayment, bad input that writes nothing; every event on the case's chain.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { DomainError } from "@/lib/errors";
import { addCalendarDays, todayInJakarta } from "@/lib/format/dates";
import { verifyChain } from "@/lib/history/chain";
import { SAMPLE, file } from "@/tests/fixtures/files";
import { AMOUNT_DUE, approvedCaseWithRecommendations, recVersion } from "@/tests/follow-up";
import { actorOf } from "@/tests/actors";
import { seedCrew, type Crew } from "@/tests/workflow";
import { attachmentForActor } from "@/lib/files/downloads";
import { assessResponse } from "./assess";
import { publicFollowUp } from "./public-words";
import { editRecommendation } from "./edit";
import { overruleFollowUp } from "./overrule";
import { respondToRecommendation } from "./respond";

const provider = databaseConfig().provider;
let crew: Crew;

beforeAll(async () => {
  crew = await seedCrew();
  await db.user.update({ where: { id: crew.irban1.id }, data: { email: "irban1@inspektorat.test" } });
});

const evidence = (name = "bukti.pdf") => [file(SAMPLE.pdf(), name)];

async function code(p: Promise<unknown>): Promise<{ code: string; message: string; fields: Record<string, string[]> }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, message: e.message, fields: e.fieldErrors };
    throw e;
  }
  throw new Error("expected a refusal");
}

/** What a refused call must leave as it was. */
async function snapshot(recId: string, caseId: string) {
  const [rec, responses, events, attachments, outbox] = await Promise.all([
    db.recommendationRecord.findUniqueOrThrow({ where: { id: recId } }),
    db.followUpResponse.count({ where: { recommendationId: recId } }),
    db.historyEvent.count({ where: { caseId } }),
    db.attachment.count({ where: { caseId } }),
    db.outboxMessage.count({ where: { caseId } }),
  ]);
  return { rec, responses, events, attachments, outbox };
}

describe(`the follow-up of recommendations (${provider})`, () => {
  it("OPD responds with evidence → the Irban returns it with notes → responds again → Sesuai; each an event on the case's chain", async () => {
    const { caseId, admin, liaison } = await approvedCaseWithRecommendations(crew);
    const r1 = await respondToRecommendation(liaison, {
      recommendationId: admin.id,
      version: String(admin.version),
      text: "Pungutan telah dikembalikan kepada pelapor.",
      evidence: evidence(),
    });
    expect(r1.to).toBe("DALAM_PROSES");
    let rec = await db.recommendationRecord.findUniqueOrThrow({ where: { id: admin.id }, include: { responses: { include: { attachments: true } } } });
    expect([rec.status, rec.awaitingAssessment, rec.responses.length, rec.responses[0]!.attachments.length]).toEqual(["DALAM_PROSES", true, 1, 1]);
    expect(rec.responses[0]!.attachments[0]!.kind).toBe("BUKTI_TL");
    // The Irban hears of it by e-mail, through the outbox.
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { caseId, kind: "EMAIL", dedupeKey: { contains: `:tl:${crew.irban1.id}` } } });
    expect((mail.payload as { to: string }).to).toBe("irban1@inspektorat.test");

    // While it waits for the Irban, the OPD cannot respond again.
    const again = await code(
      respondToRecommendation(liaison, { recommendationId: admin.id, version: String(rec.version), text: "Lagi.", evidence: evidence() }),
    );
    expect(again.code).toBe("STATUS_BERUBAH");

    // Returned: notes are required, then it goes back to the OPD.
    const noNotes = await code(assessResponse(crew.irban1, { recommendationId: admin.id, version: String(rec.version), decision: "BELUM_SESUAI" }));
    expect(noNotes.fields.notes?.[0]).toMatch(/catatan/i);
    await assessResponse(crew.irban1, {
      recommendationId: admin.id,
      version: String(rec.version),
      decision: "BELUM_SESUAI",
      notes: "Lampirkan kuitansi pengembalian.",
    });
    rec = await db.recommendationRecord.findUniqueOrThrow({ where: { id: admin.id }, include: { responses: { include: { attachments: true } } } });
    expect([rec.status, rec.awaitingAssessment, rec.responses[0]!.assessment, rec.responses[0]!.assessmentNotes]).toEqual([
      "DALAM_PROSES",
      false,
      "BELUM_SESUAI",
      "Lampirkan kuitansi pengembalian.",
    ]);

    await respondToRecommendation(liaison, {
      recommendationId: admin.id,
      version: String(rec.version),
      text: "Kuitansi terlampir.",
      evidence: evidence("kuitansi.pdf"),
    });
    await assessResponse(crew.irban1, { recommendationId: admin.id, version: String(await recVersion(admin.id)), decision: "SESUAI" });
    rec = await db.recommendationRecord.findUniqueOrThrow({ where: { id: admin.id }, include: { responses: { include: { attachments: true } } } });
    expect([rec.status, rec.awaitingAssessment, rec.settledOn, rec.responses.length]).toEqual(["SESUAI", false, todayInJakarta(), 2]);
    // Settled: nobody responds to it any more.
    expect(
      (await code(respondToRecommendation(liaison, { recommendationId: admin.id, version: String(rec.version), text: "x", evidence: evidence() }))).code,
    ).toBe("STATUS_BERUBAH");

    const events = await db.historyEvent.findMany({ where: { caseId, type: { startsWith: "TL_" } }, orderBy: { seq: "asc" } });
    expect(events.map((e) => [e.type, (e.data as { to: string }).to])).toEqual([
      ["TL_DITANGGAPI", "DALAM_PROSES"],
      ["TL_DINILAI", "DALAM_PROSES"],
      ["TL_DITANGGAPI", "DALAM_PROSES"],
      ["TL_DINILAI", "SESUAI"],
    ]);
    expect((await verifyChain(db, caseId)).ok).toBe(true);
    // The complainant reads it on /lacak, in plain words; before the approval nothing is asked.
    const { status } = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { status: true } });
    expect(await publicFollowUp(caseId, status)).toBe(
      "1 dari 2 rekomendasi hasil penanganan aduan Anda telah dilaksanakan oleh instansi terkait; selebihnya masih dipantau Inspektorat.",
    );
    expect(await publicFollowUp(caseId, "PELAKSANAAN")).toBeNull();
  });

  it("a partial repayment counts once accepted; more than is outstanding is refused; Sesuai short of the amount needs a reason", async () => {
    const { caseId, money, liaison } = await approvedCaseWithRecommendations(crew);
    expect(money.amountDueRupiah).toBe(AMOUNT_DUE);
    await respondToRecommendation(liaison, {
      recommendationId: money.id,
      version: String(money.version),
      text: "Setoran tahap 1.",
      repaidRupiah: "500.000",
      evidence: evidence(),
    });
    await assessResponse(crew.irban1, {
      recommendationId: money.id,
      version: String(await recVersion(money.id)),
      decision: "BELUM_SESUAI",
      notes: "Sisa Rp750.000 belum disetor.",
      repaymentAccepted: "on",
    });
    let rec = await db.recommendationRecord.findUniqueOrThrow({ where: { id: money.id } });
    expect([rec.repaidRupiah, rec.status]).toEqual([500_000n, "DALAM_PROSES"]);

    // Above what is outstanding (Rp750.000): refused with the figure, nothing written.
    const before = await snapshot(money.id, caseId);
    const over = await code(
      respondToRecommendation(liaison, {
        recommendationId: money.id,
        version: String(rec.version),
        text: "Setoran tahap 2.",
        repaidRupiah: "800.000",
        evidence: evidence(),
      }),
    );
    expect(over.fields.repaidRupiah?.[0]).toBe("Jumlah setoran melebihi sisa yang harus dikembalikan (Rp750.000,00).");
    expect(await snapshot(money.id, caseId)).toEqual(before);

    // Rp250.000 more, not all: Sesuai needs a reason.
    await respondToRecommendation(liaison, {
      recommendationId: money.id,
      version: String(rec.version),
      text: "Setoran tahap 2.",
      repaidRupiah: "250.000",
      evidence: evidence(),
    });
    const short = await code(
      assessResponse(crew.irban1, { recommendationId: money.id, version: String(await recVersion(money.id)), decision: "SESUAI", repaymentAccepted: "on" }),
    );
    expect(short.fields.notes?.[0]).toBe("Baru Rp750.000,00 dari Rp1.250.000,00 yang dikembalikan: tulis alasan bila dinyatakan sesuai.");
    await assessResponse(crew.irban1, {
      recommendationId: money.id,
      version: String(await recVersion(money.id)),
      decision: "BELUM_SESUAI",
      notes: "Sisa Rp500.000.",
      repaymentAccepted: "on",
    });
    await respondToRecommendation(liaison, {
      recommendationId: money.id,
      version: String(await recVersion(money.id)),
      text: "Pelunasan.",
      repaidRupiah: "500.000",
      evidence: evidence(),
    });
    await assessResponse(crew.irban1, { recommendationId: money.id, version: String(await recVersion(money.id)), decision: "SESUAI", repaymentAccepted: "on" });
    rec = await db.recommendationRecord.findUniqueOrThrow({ where: { id: money.id } });
    expect([rec.repaidRupiah, rec.status, rec.statusReason]).toEqual([AMOUNT_DUE, "SESUAI", null]);
  });

  it("a repayment the Irban does not accept does not count", async () => {
    const { money, liaison } = await approvedCaseWithRecommendations(crew);
    await respondToRecommendation(liaison, {
      recommendationId: money.id,
      version: String(money.version),
      text: "Setoran.",
      repaidRupiah: "1.250.000",
      evidence: evidence(),
    });
    await assessResponse(crew.irban1, {
      recommendationId: money.id,
      version: String(await recVersion(money.id)),
      decision: "BELUM_SESUAI",
      notes: "Bukti setor tidak terbaca.",
    });
    expect((await db.recommendationRecord.findUniqueOrThrow({ where: { id: money.id } })).repaidRupiah).toBe(0n);
  });

  it("the wrong actor is refused, whoever may not see it finds nothing, a stale form conflicts; nothing is written", async () => {
    const { caseId, admin, money, liaison, otherLiaison } = await approvedCaseWithRecommendations(crew);
    const before = await snapshot(admin.id, caseId);
    const respond = { recommendationId: admin.id, version: String(admin.version), text: "Sudah.", evidence: evidence() };
    // Another OPD's liaison, another Irban, roles without follow-up work: not found.
    for (const who of [otherLiaison, crew.irban2, crew.auditor, crew.pimpinan, crew.pengaduan, crew.admin]) {
      expect((await code(respondToRecommendation(who, respond))).code).toBe("TIDAK_DITEMUKAN");
    }
    // The Irban and the Inspektur may see it but do not respond for the OPD.
    expect((await code(respondToRecommendation(crew.irban1, respond))).code).toBe("TIDAK_BERWENANG");
    expect((await code(respondToRecommendation(crew.inspektur, respond))).code).toBe("TIDAK_BERWENANG");
    // Nothing waits for assessment yet.
    expect((await code(assessResponse(crew.irban1, { recommendationId: admin.id, version: String(admin.version), decision: "SESUAI" }))).code).toBe(
      "STATUS_BERUBAH",
    );
    // A stale form.
    expect((await code(respondToRecommendation(liaison, { ...respond, version: String(admin.version + 5) }))).code).toBe("KONFLIK");
    // No evidence, or evidence of a forbidden type.
    expect((await code(respondToRecommendation(liaison, { ...respond, evidence: undefined }))).fields.evidence?.[0]).toMatch(/Lampirkan/);
    const html = await code(respondToRecommendation(liaison, { ...respond, evidence: [file(SAMPLE.html(), "bukti.html")] }));
    expect(html.code).toBe("TIDAK_VALID");
    expect(html.fields.evidence?.length).toBe(1);
    // A repayment on a recommendation that asks for none.
    expect((await code(respondToRecommendation(liaison, { ...respond, repaidRupiah: "10.000" }))).fields.repaidRupiah?.[0]).toMatch(
      /tidak meminta pengembalian/,
    );
    expect(await snapshot(admin.id, caseId)).toEqual(before);

    // Assessed by the other Irban: not found; by the liaison: not theirs to do.
    await respondToRecommendation(liaison, {
      recommendationId: money.id,
      version: String(money.version),
      text: "Setoran.",
      repaidRupiah: "100.000",
      evidence: evidence(),
    });
    const v = String(await recVersion(money.id));
    expect((await code(assessResponse(crew.irban2, { recommendationId: money.id, version: v, decision: "SESUAI" }))).code).toBe("TIDAK_DITEMUKAN");
    expect((await code(assessResponse(liaison, { recommendationId: money.id, version: v, decision: "SESUAI" }))).code).toBe("TIDAK_BERWENANG");
  });

  it("the evidence downloads for whoever may see the recommendation or its case, and for nobody else", async () => {
    const { admin, liaison, otherLiaison } = await approvedCaseWithRecommendations(crew);
    await respondToRecommendation(liaison, { recommendationId: admin.id, version: String(admin.version), text: "Sudah.", evidence: evidence() });
    const file = await db.attachment.findFirstOrThrow({ where: { followUpResponse: { recommendationId: admin.id } } });
    const got = Object.fromEntries(
      await Promise.all(
        (
          [
            ["liaison", liaison],
            ["otherLiaison", otherLiaison],
            ["inspektur", crew.inspektur],
            ["pengaduan", crew.pengaduan],
            ["irban1", crew.irban1],
            ["irban2", crew.irban2],
            ["pimpinan", crew.pimpinan],
          ] as const
        ).map(async ([name, who]) => [name, (await attachmentForActor(who, file.id)) !== null]),
      ),
    );
    expect(got).toEqual({ liaison: true, otherLiaison: false, inspektur: true, pengaduan: true, irban1: true, irban2: false, pimpinan: false });
  });

  it("nobody assesses their own response", async () => {
    const { caseId, admin, liaison } = await approvedCaseWithRecommendations(crew);
    await respondToRecommendation(liaison, { recommendationId: admin.id, version: String(admin.version), text: "Sudah.", evidence: evidence() });
    // The liaison's account later made the case's Irban (an admin's mistake the rule still catches).
    const turned = actorOf(await db.user.update({ where: { id: liaison.id }, data: { role: "IRBAN", opdId: null, irbanWilayah: "WILAYAH_I" } }));
    await db.case.update({ where: { id: caseId }, data: { irbanUserId: turned.id } });
    const own = await code(assessResponse(turned, { recommendationId: admin.id, version: String(await recVersion(admin.id)), decision: "SESUAI" }));
    expect([own.code, own.message]).toEqual(["DIRI_SENDIRI", "Anda tidak dapat menilai tanggapan yang Anda kirim sendiri."]);
  });

  it("the Inspektur may overrule the Irban with a reason, never while a response waits; the Irban may not", async () => {
    const { admin, liaison } = await approvedCaseWithRecommendations(crew);
    await respondToRecommendation(liaison, { recommendationId: admin.id, version: String(admin.version), text: "Sudah.", evidence: evidence() });
    let v = String(await recVersion(admin.id));
    expect((await code(overruleFollowUp(crew.inspektur, { recommendationId: admin.id, version: v, status: "SESUAI", notes: "x" }))).code).toBe(
      "STATUS_BERUBAH",
    );
    await assessResponse(crew.irban1, { recommendationId: admin.id, version: v, decision: "TIDAK_DAPAT", notes: "Pegawai telah pensiun." });
    v = String(await recVersion(admin.id));
    expect((await code(overruleFollowUp(crew.irban1, { recommendationId: admin.id, version: v, status: "DALAM_PROSES", notes: "x" }))).code).toBe(
      "TIDAK_BERWENANG",
    );
    expect((await code(overruleFollowUp(crew.inspektur, { recommendationId: admin.id, version: v, status: "DALAM_PROSES" }))).fields.notes?.[0]).toMatch(
      /wajib/,
    );
    await overruleFollowUp(crew.inspektur, {
      recommendationId: admin.id,
      version: v,
      status: "DALAM_PROSES",
      notes: "Pensiun tidak menghapus kewajiban pengembalian.",
    });
    const rec = await db.recommendationRecord.findUniqueOrThrow({ where: { id: admin.id } });
    expect([rec.status, rec.settledOn, rec.statusReason]).toEqual(["DALAM_PROSES", null, null]);
  });

  it("an edit after approval is a recorded event; a deadline before the report's date is refused", async () => {
    const { caseId, money } = await approvedCaseWithRecommendations(crew);
    const base = {
      recommendationId: money.id,
      version: String(money.version),
      text: money.text,
      kind: "PENGEMBALIAN_UANG",
      responsibleOfficial: money.responsibleOfficial ?? "",
      amountDueRupiah: "1.250.000",
      notes: "Permintaan OPD: perpanjangan karena pelapor tersebar.",
    };
    const before = await snapshot(money.id, caseId);
    const early = await code(editRecommendation(crew.inspektur, { ...base, deadlineOn: addCalendarDays(todayInJakarta(), -1) }));
    expect(early.fields.deadlineOn?.[0]).toMatch(/^Batas waktu tidak boleh sebelum tanggal laporan/);
    expect((await code(editRecommendation(crew.irban1, { ...base, deadlineOn: addCalendarDays(todayInJakarta(), 90) }))).code).toBe("TIDAK_BERWENANG");
    expect(await snapshot(money.id, caseId)).toEqual(before);

    const later = addCalendarDays(todayInJakarta(), 90);
    await editRecommendation(crew.inspektur, { ...base, deadlineOn: later });
    const rec = await db.recommendationRecord.findUniqueOrThrow({ where: { id: money.id } });
    expect(rec.deadlineOn).toBe(later);
    const event = await db.historyEvent.findFirstOrThrow({ where: { caseId, type: "REKOMENDASI_DIUBAH" } });
    expect((event.data as { changes: unknown }).changes).toEqual({ deadlineOn: { from: money.deadlineOn, to: later } });
    expect((await verifyChain(db, caseId)).ok).toBe(true);
  });
});
