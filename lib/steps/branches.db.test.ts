// The procedure's branches and edges: registration, closing at step 5,
// returning the SPT, the team's work, the complainant's answer, concurrency,
// what goes to the outbox, and the history check.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { canonicalJson, verifyAllChains } from "@/lib/history/chain";
import { hashReceiptCode } from "@/lib/intake/receipt-code";
import { createCase } from "@/lib/intake/create-case";
import { loadCalendar } from "@/lib/sla/calendar";
import { workingDaysBetween } from "@/lib/sla/working-days";
import { loadCaseForActor } from "@/lib/workflow/scope";
import { SAMPLE, file } from "@/tests/fixtures/files";
import { expectDomainError, expectFieldErrors } from "@/tests/expect-errors";
import { caseWaitingFor, confirmResolved, registerTestCase, seedCrew, validInput, versionOf, type Crew } from "@/tests/workflow";
import { confirmCase } from "./confirm";
import { dispose } from "./dispose";
import { draftSpt } from "./draft-spt";
import { saveFinding } from "./field-work";
import { forwardToInspektur } from "./forward-to-inspektur";
import { submitQuickReview } from "./quick-review";
import { registerCase } from "./receive";
import { signSpt } from "./sign-spt";
import { submitReport } from "./submit-report";
import { submitTeamPlan } from "./team-plan";

const provider = databaseConfig().provider;
let crew: Crew;

beforeAll(async () => {
  crew = await seedCrew();
});

describe(`step 1: registering by hand (${provider})`, () => {
  it("creates the case with its number, due date, receipt code (hash only), reporter apart, attachments and first event", async () => {
    const created = await registerTestCase(crew, { lampiran: [file(SAMPLE.pdf(), "surat aduan.pdf"), file(SAMPLE.png(), "foto.png")] });
    expect(created.registerNumber).toMatch(/^ADU\/\d{4}\/\d{5}$/);
    expect(created.receiptCode).toMatch(/^([0-9A-Z]{4}-){5}[0-9A-Z]{4}$/);
    const kase = await db.case.findUniqueOrThrow({ where: { id: created.id }, include: { reporter: true, attachments: true, history: true } });
    expect(kase.receiptCodeHash).toBe(hashReceiptCode(created.receiptCode));
    expect(JSON.stringify(kase)).not.toContain(created.receiptCode.replace(/-/g, ""));
    const cal = await loadCalendar(db);
    expect(workingDaysBetween(kase.registeredOn, kase.dueOn, cal.holidays)).toBe(20);
    expect(kase.reporter).toMatchObject({ name: "Budi Pelapor", email: "budi@contoh.id", anonymous: false });
    expect(kase.attachments.map((a) => [a.fileName, a.mimeType, a.kind])).toEqual([
      ["surat aduan.pdf", "application/pdf", "SURAT_MASUK"],
      ["foto.png", "image/png", "SURAT_MASUK"],
    ]);
    expect(kase.history).toHaveLength(1);
    expect(kase.history[0]).toMatchObject({ step: 1, toStatus: "DITERIMA", actorId: crew.pengaduan.id });
  });

  it("needs the disposition's number and date for the Bupati's dispositions, and refuses a hostile file — writing nothing", async () => {
    const before = await db.case.count();
    const errors = await expectFieldErrors(() =>
      registerCase(crew.pengaduan, { source: "DISPOSISI_BUPATI", channel: "SURAT", title: "X", description: "Y", confidentiality: "ANONIM" }),
    );
    expect(Object.keys(errors).sort()).toEqual(["dispositionDate", "dispositionNumber"]);
    const fileErrors = await expectFieldErrors(() => registerTestCase(crew, { lampiran: [file(SAMPLE.script(), "aduan.pdf")] }));
    expect(fileErrors.lampiran?.[0]).toContain("jenis berkas tidak diterima");
    expect(await db.case.count()).toBe(before);
  });

  it("is the complaint team's: others are refused", async () => {
    await expectDomainError(() => registerTestCase({ ...crew, pengaduan: crew.inspektur }), "TIDAK_BERWENANG");
  });
});

describe(`step 5: closing without follow-up (${provider})`, () => {
  it("closes as a duplicate of an earlier case, tells the complainant and queues the e-mail", async () => {
    const earlier = await registerTestCase(crew);
    const caseId = await caseWaitingFor(crew, 5);
    await dispose(crew.inspektur, {
      ...(await validInput(5, crew, caseId)),
      decision: "TUTUP",
      irbanUserId: "",
      tlType: "",
      closureReason: "DUPLIKAT",
      duplicateOf: earlier.registerNumber,
      instructions: "Aduan yang sama sudah kami tangani.",
    });
    const kase = await db.case.findUniqueOrThrow({ where: { id: caseId }, include: { messages: true, outbox: true } });
    expect(kase).toMatchObject({ status: "DITUTUP", closureReason: "DUPLIKAT", duplicateOfId: earlier.id });
    expect(kase.closedOn).not.toBeNull();
    expect(kase.messages.map((m) => m.body)).toEqual(["Aduan yang sama sudah kami tangani."]);
    expect(kase.outbox.map((o) => o.kind)).toEqual(["EMAIL"]);
    expect((kase.outbox[0]!.payload as { to: string }).to).toBe("budi@contoh.id");
  });

  it("refuses a duplicate that names no case, or the case itself", async () => {
    const caseId = await caseWaitingFor(crew, 5);
    const self = (await db.case.findUniqueOrThrow({ where: { id: caseId } })).registerNumber;
    for (const dup of ["ADU/1999/00001", self]) {
      const errors = await expectFieldErrors(async () =>
        dispose(crew.inspektur, { ...(await validInput(5, crew, caseId)), decision: "TUTUP", closureReason: "DUPLIKAT", duplicateOf: dup, instructions: "x" }),
      );
      expect(errors.duplicateOf).toBeDefined();
    }
  });

  it("step 4 asks for the reason when recommending no follow-up", async () => {
    const caseId = await caseWaitingFor(crew, 4);
    const errors = await expectFieldErrors(async () =>
      submitQuickReview(crew.penelaah, { ...(await validInput(4, crew, caseId)), recommendation: "TIDAK_DITINDAKLANJUTI" }),
    );
    expect(errors.closureReason).toBeDefined();
  });
});

describe(`steps 6–8: the team and the SPT (${provider})`, () => {
  it.each([
    [{ startOn: "2020-01-06" }, "startOn", "sebelum aduan dicatat"],
    [{ durationDays: "0" }, "durationDays", "minimal 1"],
    [{ durationDays: "sepuluh" }, "durationDays", "harus angka"],
    [{ member_2_role: "ANGGOTA_TIM" }, "members", "Ketua Tim"],
    [{ member_1_user: "" }, "member_1_user", "Pilih pegawai"],
    [{ member_3_user: "__pimpinan__", member_3_role: "ANGGOTA_TIM" }, "members", "pegawai aktif Inspektorat"],
    [{ member_3_user: "__auditor__", member_3_role: "ANGGOTA_TIM" }, "member_3_user", "sudah ada"],
  ])("refuses a team plan with %o", async (patch, field, message) => {
    const caseId = await caseWaitingFor(crew, 6);
    const input = { ...(await validInput(6, crew, caseId)), ...patch } as Record<string, unknown>;
    for (const [k, v] of Object.entries(input)) {
      if (v === "__pimpinan__") input[k] = crew.pimpinan.id;
      if (v === "__auditor__") input[k] = crew.auditor.id;
    }
    const errors = await expectFieldErrors(() => submitTeamPlan(crew.irban1, input));
    expect(errors[field]?.join(" ")).toContain(message);
    expect(await db.teamPlan.count({ where: { caseId } })).toBe(0);
  });

  it("a returned SPT goes back to step 7 with the notes; redrafted and signed, it is numbered, frozen and opens the case to the team", async () => {
    const caseId = await caseWaitingFor(crew, 8);
    await expectDomainError(() => loadCaseForActor(crew.auditor, caseId), "TIDAK_DITEMUKAN");
    await signSpt(crew.inspektur, { ...(await validInput(8, crew, caseId)), decision: "KEMBALIKAN", notes: "Perbaiki uraian tugas." });
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("RENCANA_TIM");
    const returned = await db.document.findFirstOrThrow({ where: { caseId, type: "SPT" } });
    expect(returned).toMatchObject({ status: "DRAF", number: null });
    expect((returned.content as { returnNotes: string }).returnNotes).toBe("Perbaiki uraian tugas.");

    await draftSpt(crew.kasubag, { ...(await validInput(7, crew, caseId)), task: "Melaksanakan klarifikasi yang diperbaiki atas pengaduan ini." });
    await signSpt(crew.inspektur, await validInput(8, crew, caseId));
    const spt = await db.document.findFirstOrThrow({ where: { caseId, type: "SPT" } });
    const year = new Date().getFullYear();
    expect(spt.number).toMatch(new RegExp(`^700\\.1\\.2/\\d+/${year}$`));
    expect(spt).toMatchObject({ status: "DITANDATANGANI", revision: 2, signedById: crew.inspektur.id });
    expect(spt.sha256).toBe(createHash("sha256").update(canonicalJson(spt.content)).digest("hex"));
    const content = spt.content as { team: { name: string; teamRole: string }[]; task: string };
    expect(content.task).toContain("diperbaiki");
    expect(content.team.map((m) => m.teamRole)).toEqual(["PENANGGUNG_JAWAB", "WAKIL_PENANGGUNG_JAWAB", "KETUA_TIM"]);
    expect((await db.teamPlan.findFirstOrThrow({ where: { caseId } })).status).toBe("DISAHKAN");
    // Named in the signed SPT, the auditor now sees the case; one who is not, does not.
    expect((await loadCaseForActor(crew.auditor, caseId)).id).toBe(caseId);
    await expectDomainError(() => loadCaseForActor(crew.auditorLain, caseId), "TIDAK_DITEMUKAN");
  });

  it("numbers SPTs one after the other", async () => {
    const a = await caseWaitingFor(crew, 9);
    const b = await caseWaitingFor(crew, 9);
    const [na, nb] = await Promise.all(
      [a, b].map(async (id) => Number((await db.document.findFirstOrThrow({ where: { caseId: id, type: "SPT" } })).number!.split("/")[1])),
    );
    expect(nb).toBe(na! + 1);
  });
});

describe(`step 10: the team's work (${provider})`, () => {
  it("keeps findings with evidence, refuses a stale edit, and will not submit an incomplete report", async () => {
    const caseId = await caseWaitingFor(crew, 10);
    await expectDomainError(async () => submitReport(crew.auditor, await validInput(10, crew, caseId)), "LAPORAN_BELUM_LENGKAP");
    const { findingId } = await saveFinding(crew.auditor, {
      caseId,
      allegation: "Dugaan pungutan",
      lossRupiah: "Rp1.250.000",
      evidence: [file(SAMPLE.jpeg(), "kuitansi.jpg")],
    });
    const finding = await db.finding.findUniqueOrThrow({ where: { id: findingId }, include: { attachments: true } });
    expect(finding.lossRupiah).toBe(1250000n);
    expect(finding.attachments.map((a) => a.fileName)).toEqual(["kuitansi.jpg"]);

    await saveFinding(crew.irban1, { caseId, findingId, findingVersion: "1", allegation: "Dugaan pungutan", condition: "Terbukti ada kuitansi." });
    await expectDomainError(() => saveFinding(crew.auditor, { caseId, findingId, findingVersion: "1", allegation: "Versi lama" }), "KONFLIK");
    expect((await db.finding.findUniqueOrThrow({ where: { id: findingId } })).condition).toBe("Terbukti ada kuitansi.");

    const incomplete = await expectDomainError(async () => submitReport(crew.auditor, await validInput(10, crew, caseId)), "LAPORAN_BELUM_LENGKAP");
    expect(incomplete.fieldErrors._form?.join(" ")).toContain("simpulan belum dipilih");
    await expectDomainError(() => saveFinding(crew.auditorLain, { caseId, allegation: "x" }), "TIDAK_DITEMUKAN");
  });
});

describe(`steps 11–12: the complainant (${provider})`, () => {
  it("records the notice as on time, queues the e-mail, and closes when the complainant confirms", async () => {
    const caseId = await caseWaitingFor(crew, 12);
    const kase = await db.case.findUniqueOrThrow({ where: { id: caseId }, include: { outbox: true } });
    expect(kase.followedUpOn).not.toBeNull();
    expect(kase.completedOnTime).toBe(true);
    expect(kase.outbox.filter((o) => o.kind === "EMAIL")).toHaveLength(1);
    await confirmResolved(caseId);
    expect(await db.case.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({ status: "SELESAI", confirmedBy: "PELAPOR", satisfaction: 5 });
    await expectDomainError(() => confirmResolved(caseId), "STATUS_BERUBAH");
  });

  it("'not resolved' sends the case back to the complaint team with the reason", async () => {
    const caseId = await caseWaitingFor(crew, 12);
    await expectFieldErrors(() => confirmCase(caseId, "PELAPOR", { resolved: "tidak" }));
    await confirmCase(caseId, "PELAPOR", { resolved: "tidak", note: "Pungutan masih terjadi." });
    const kase = await db.case.findUniqueOrThrow({ where: { id: caseId }, include: { messages: true } });
    expect(kase).toMatchObject({ status: "DITERIMA", reopenCount: 1 });
    expect(kase.messages.at(-1)).toMatchObject({ direction: "DARI_PELAPOR", body: "Pungutan masih terjadi." });
    // The complaint team has it again, and may hand it to the Inspektur again.
    await forwardToInspektur(crew.pengaduan, await validInput(2, crew, caseId));
  });
});

describe(`concurrency (${provider})`, () => {
  it("two submissions of one step at once: exactly one succeeds, the other is told the case changed", async () => {
    const caseId = await caseWaitingFor(crew, 2);
    const input = await validInput(2, crew, caseId);
    const other = await db.user.create({
      data: { username: `kedua.${Date.now()}`, name: "Petugas Kedua", jabatan: "Staf", role: "TIM_PENGADUAN", passwordHash: "x" },
    });
    const results = await Promise.allSettled([
      forwardToInspektur(crew.pengaduan, input),
      forwardToInspektur({ ...crew.pengaduan, id: other.id }, { ...input, note: "Catatan kedua" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason.message).toBe("Data aduan ini telah diubah oleh pengguna lain. Muat ulang halaman.");
    expect(await db.historyEvent.count({ where: { caseId, step: 2 } })).toBe(1);
    expect(await versionOf(caseId)).toBe(2);
  });

  it("two reviewers' concurrent findings on one case both land, and the history stays one chain", async () => {
    const caseId = await caseWaitingFor(crew, 10);
    await Promise.all([saveFinding(crew.auditor, { caseId, allegation: "Dugaan A" }), saveFinding(crew.irban1, { caseId, allegation: "Dugaan B" })]);
    expect((await db.finding.findMany({ where: { caseId }, orderBy: { position: "asc" } })).map((f) => f.position)).toEqual([1, 2]);
    expect((await verifyAllChains(db)).ok).toBe(true);
  });
});

describe(`Lapak Aduan hears every status (${provider})`, () => {
  it("queues the new status of a Lapak Aduan ticket at each step", async () => {
    const cal = await loadCalendar(db);
    const created = await db.$transaction((tx) =>
      createCase(
        tx,
        {
          source: "LAPAK_ADUAN",
          channel: "LAPAK_ADUAN_API",
          lapakTicketId: `LA-${Date.now()}`,
          title: "Jalan rusak",
          description: "Berlubang",
          confidentiality: "ANONIM",
          reporter: null,
          actorLabel: "Lapak Aduan",
        },
        cal,
      ),
    );
    await forwardToInspektur(crew.pengaduan, await validInput(2, crew, created.id));
    const queued = await db.outboxMessage.findMany({ where: { caseId: created.id } });
    expect(queued.map((q) => [q.kind, (q.payload as { status: string }).status])).toEqual([["LAPAK_ADUAN_STATUS", "DI_INSPEKTUR"]]);
  });
});

describe(`audit:verify (${provider})`, () => {
  it("passes untouched chains and finds an edited event", async () => {
    const caseId = await caseWaitingFor(crew, 4);
    const ok = await verifyAllChains(db);
    expect(ok.ok).toBe(true);
    const run = () =>
      spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/audit-verify.ts"], { encoding: "utf8", env: process.env, timeout: 60_000 });
    const good = run();
    expect(good.status).toBe(0);
    expect(good.stdout.trim()).toMatch(/^OK \d+ events$/);

    const event = await db.historyEvent.findFirstOrThrow({ where: { caseId, step: 3 } });
    await db.historyEvent.update({ where: { id: event.id }, data: { data: { label: "Dipalsukan" } } });
    const bad = await verifyAllChains(db);
    expect(bad).toMatchObject({ ok: false, broken: { caseId, seq: event.seq } });
    const script = run();
    expect(script.status).toBe(1);
    expect(script.stderr).toContain(`event ${event.seq}`);
    await db.historyEvent.update({ where: { id: event.id }, data: { data: event.data as object } });
  }, 90_000);
});
