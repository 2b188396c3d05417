// Crash safety, with real processes: a child process doing a public
// submission, a step or an SPT signing dies by SIGKILL inside its transaction
// (lib/testing/faults.ts). Afterwards the change is there whole or not at all,
// the next attempt takes the next number (no gap, no duplicate), the history
// chains verify, and the outbox delivers what was committed — once.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { verifyAllChains } from "@/lib/history/chain";
import { submitPublicComplaint } from "@/lib/intake/public-complaint";
import { resetRateLimits } from "@/lib/public/rate-limit";
import { seedReferenceData } from "@/prisma/seed";
import { fakeSmtp } from "@/tests/smtp";
import { caseWaitingFor, seedCrew, type Crew } from "@/tests/workflow";

const provider = databaseConfig().provider;
let crew: Crew;
let opdId: string;
let smtp: Awaited<ReturnType<typeof fakeSmtp>>;

beforeAll(async () => {
  await seedReferenceData(db);
  crew = await seedCrew();
  opdId = (await db.opd.findUniqueOrThrow({ where: { code: "DINKES" } })).id;
  smtp = await fakeSmtp();
});
afterAll(async () => {
  await smtp.close();
  delete process.env.SIPADU_TEST_FAULTS;
  delete process.env.SIPADU_FAULT;
});

/** Runs tests/crash/child.ts; asynchronously, so this process's SMTP server keeps answering. */
async function child(args: string[], fault?: string) {
  // node --import tsx: one process (the tsx CLI would run the script in a second one and hide the signal).
  const proc = spawn(process.execPath, ["--import", "tsx", "tests/crash/child.ts", ...args], {
    env: {
      ...process.env,
      SIPADU_TEST_FAULTS: "1",
      SIPADU_FAULT: fault ?? "",
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(smtp.port),
      SMTP_FROM: "SIPADU <sipadu@inspektorat.test>",
    },
  });
  let out = "";
  let err = "";
  proc.stdout.on("data", (c: Buffer) => (out += c.toString()));
  proc.stderr.on("data", (c: Buffer) => (err += c.toString()));
  const [status, signal] = (await once(proc, "exit")) as [number | null, NodeJS.Signals | null];
  if (status !== 0 && signal !== "SIGKILL") console.error(`child ${args.join(" ")} failed:`, err);
  return { status, signal, out: out.trim(), err: err.trim() };
}

/** Everything a crash could leave half-written. */
async function snapshot() {
  const [cases, reporters, attachments, files, events, outbox, documents, sequences] = await Promise.all([
    db.case.count(),
    db.reporter.count(),
    db.attachment.count(),
    db.storedFile.count(),
    db.historyEvent.count(),
    db.outboxMessage.count(),
    db.document.findMany({ select: { id: true, status: true, number: true, pdfFileId: true }, orderBy: { id: "asc" } }),
    db.numberSequence.findMany({ orderBy: [{ key: "asc" }, { year: "asc" }] }),
  ]);
  return { cases, reporters, attachments, files, events, outbox, documents, sequences };
}

const seq = (n: string) => Number(n.split("/").at(-1)!.replace(/\D/g, ""));

describe(`crash safety (${provider})`, () => {
  it("a public submission killed inside its transaction leaves nothing; the next one takes the next register number", async () => {
    const first = await child(["submit", opdId]);
    expect(first.status).toBe(0);
    const before = await snapshot();

    const killed = await child(["submit", opdId], "intake:before-commit:kill");
    expect(killed.signal).toBe("SIGKILL");
    expect(await snapshot()).toEqual(before);

    const next = await child(["submit", opdId]);
    expect(next.status).toBe(0);
    expect(seq(next.out)).toBe(seq(first.out) + 1);
    expect((await snapshot()).cases).toBe(before.cases + 1);

    // The same fault as an exception in this process: the same outcome.
    process.env.SIPADU_TEST_FAULTS = "1";
    process.env.SIPADU_FAULT = "intake:before-commit";
    resetRateLimits();
    const mid = await snapshot();
    await expect(
      submitPublicComplaint(
        {
          title: "Aduan",
          description: "Uraian.",
          reportedParty: "Petugas",
          opdId,
          location: "Purwokerto",
          occurredAt: "Kemarin",
          confidentiality: "ANONIM",
          persetujuan: "on",
        },
        { key: "uji-gagal" },
      ),
    ).rejects.toThrow("[test fault] intake:before-commit");
    delete process.env.SIPADU_FAULT;
    expect(await snapshot()).toEqual(mid);
  });

  it("a step killed before its commit leaves the case where it was; run again, it goes through once", async () => {
    const caseId = await caseWaitingFor(crew, 2);
    const before = await snapshot();
    const kase = await db.case.findUniqueOrThrow({ where: { id: caseId } });

    const killed = await child(["step2", crew.pengaduan.id, caseId], "step:before-commit:kill");
    expect(killed.signal).toBe("SIGKILL");
    expect(await snapshot()).toEqual(before);
    expect(await db.case.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({ status: kase.status, version: kase.version });

    expect((await child(["step2", crew.pengaduan.id, caseId])).status).toBe(0);
    expect(await db.case.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({ status: "DI_INSPEKTUR", version: kase.version + 1 });
    expect(await db.historyEvent.count({ where: { caseId, step: 2 } })).toBe(1);
  });

  it("an SPT signing killed after rendering takes no number and leaves the draft; the next signings number on without a gap", async () => {
    const a = await caseWaitingFor(crew, 8);
    const b = await caseWaitingFor(crew, 8);
    expect((await child(["sign", crew.inspektur.id, a])).status).toBe(0);
    const first = (await db.document.findFirstOrThrow({ where: { caseId: a, type: "SPT" } })).number!;
    const before = await snapshot();

    const killed = await child(["sign", crew.inspektur.id, b], "signing:after-render:kill");
    expect(killed.signal).toBe("SIGKILL");
    expect(await snapshot()).toEqual(before);
    expect(await db.document.findFirstOrThrow({ where: { caseId: b, type: "SPT" } })).toMatchObject({ status: "DRAF", number: null, verificationCode: null });

    expect((await child(["sign", crew.inspektur.id, b])).status).toBe(0);
    const second = (await db.document.findFirstOrThrow({ where: { caseId: b, type: "SPT" } })).number!;
    expect(Number(second.split("/")[1])).toBe(Number(first.split("/")[1]) + 1);
    expect(await verifyAllChains(db)).toMatchObject({ ok: true });
  });

  it("after the crashes, a restarted worker delivers every committed e-mail exactly once", async () => {
    const queued = await db.outboxMessage.count({ where: { kind: "EMAIL", status: { not: "DIKIRIM" } } });
    expect(queued).toBeGreaterThan(0);
    const delivered = await child(["deliver"]);
    expect(delivered.status).toBe(0);
    expect(await db.outboxMessage.count({ where: { kind: "EMAIL", status: { not: "DIKIRIM" } } })).toBe(0);
    const receipts = smtp.mails.filter((m) => m.to.includes("warga@contoh.id"));
    // Two submissions committed with an e-mail (the killed one never was).
    expect(receipts).toHaveLength(2);
    expect((await child(["deliver"])).status).toBe(0);
    expect(smtp.mails.filter((m) => m.to.includes("warga@contoh.id"))).toHaveLength(2);
  });
});
