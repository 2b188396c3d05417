// What the outbox promises under faults, with real peers on loopback:
// - Lapak Aduan hears a ticket's statuses in order, numbered, even when it
//   fails its first calls (a later update waits for the earlier one);
// - an SMTP server slower than the client's timeout gets repeats, and every
//   repeat carries its message's one Message-ID, so the receiver drops them;
// - two app servers (two processes) on one database send each e-mail once.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { seedDemoApiKey } from "@/lib/intake/api-keys";
import { seedReferenceData } from "@/prisma/seed";
import { fakeLapak, lapakRequest, ticket } from "@/tests/lapak";
import { fakeSmtp, messageIdIn } from "@/tests/smtp";
import { STEP_FUNCTIONS, seedCrew, validInput, type Crew } from "@/tests/workflow";
import { MAX_ATTEMPTS, deliverOutbox, messageIdOf } from "./worker";

const provider = databaseConfig().provider;
const ROOT = path.resolve(import.meta.dirname, "../..");
let crew: Crew;
let lapak: Awaited<ReturnType<typeof fakeLapak>>;
const ENV = ["LAPAK_ADUAN_URL", "LAPAK_ADUAN_SECRET", "LAPAK_ADUAN_TIMEOUT_MS", "SMTP_HOST", "SMTP_PORT", "SMTP_TIMEOUT_MS"];

beforeAll(async () => {
  await seedReferenceData(db);
  await seedDemoApiKey(db);
  crew = await seedCrew();
  lapak = await fakeLapak();
  Object.assign(process.env, { LAPAK_ADUAN_URL: lapak.url, LAPAK_ADUAN_SECRET: "rahasia-urutan", LAPAK_ADUAN_TIMEOUT_MS: "500" });
});

afterAll(async () => {
  for (const k of ENV) delete process.env[k];
  await lapak.close();
});

const far = () => new Date(Date.now() + 365 * 86_400_000);
/** Only what is still waiting is sent; nothing else is in the way. */
const clearOutbox = () => db.outboxMessage.updateMany({ where: { status: { not: "DIKIRIM" } }, data: { status: "DIKIRIM" } });

describe(`outbox delivery guarantees (${provider})`, () => {
  it("tells Lapak Aduan a ticket's statuses in order, numbered and timed, when it fails its first calls", async () => {
    await clearOutbox();
    delete process.env.SMTP_HOST;
    const t = ticket();
    const { caseId } = await (await lapakRequest(t)).json();
    for (const n of [2, 3, 4, 5]) await STEP_FUNCTIONS[n]!.fn(crew[STEP_FUNCTIONS[n]!.actor], await validInput(n, crew, caseId));
    lapak.failNext(3);
    const before = lapak.accepted.length;
    for (let i = 0; i < 12; i++) await deliverOutbox(far());
    const got = lapak.accepted
      .slice(before)
      .map((r) => JSON.parse(r.body))
      .filter((b) => b.ticketId === t.ticketId);
    expect(got.map((b) => b.status)).toEqual(["DI_INSPEKTUR", "DITELAAH", "REKOMENDASI", "DISPOSISI_IRBAN"]);
    expect(got.map((b) => b.sequence)).toEqual([1, 2, 3, 4]);
    const times = got.map((b) => Date.parse(b.occurredAt));
    expect(times.every((x, i) => Number.isFinite(x) && (i === 0 || x >= times[i - 1]!))).toBe(true);
  });

  it("repeats to an SMTP server slower than the timeout carry the message's one Message-ID", async () => {
    await clearOutbox();
    delete process.env.LAPAK_ADUAN_URL;
    const smtp = await fakeSmtp({ answerAfterMs: 600 });
    Object.assign(process.env, { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(smtp.port), SMTP_TIMEOUT_MS: "200" });
    try {
      const rows = await Promise.all(
        [1, 2, 3].map((i) =>
          db.outboxMessage.create({
            data: { kind: "EMAIL", dedupeKey: `lambat-${Date.now()}-${i}`, payload: { to: `p${i}@contoh.id`, subject: `Uji ${i}`, text: "Isi" } },
          }),
        ),
      );
      // The server takes each message, but answers too late: the client counts a failure and tries again.
      for (let i = 0; i < 2; i++) await deliverOutbox(far());
      await new Promise((r) => setTimeout(r, 700));
      smtp.setAnswerAfter(0);
      await deliverOutbox(far());
      const ids = smtp.mails.map((m) => messageIdIn(m.raw));
      expect(smtp.mails.length).toBeGreaterThan(rows.length);
      expect(new Set(ids)).toEqual(new Set(rows.map((r) => messageIdOf(r.id))));
      const states = await db.outboxMessage.findMany({ where: { id: { in: rows.map((r) => r.id) } } });
      expect(states.every((s) => s.status === "DIKIRIM" && s.attempts > 1 && s.attempts < MAX_ATTEMPTS)).toBe(true);
    } finally {
      await smtp.close();
      process.env.LAPAK_ADUAN_URL = lapak.url;
    }
  });

  it("a worker that loses its job lease during a batch stops and leaves the rest", async () => {
    await clearOutbox();
    delete process.env.LAPAK_ADUAN_URL;
    const smtp = await fakeSmtp();
    Object.assign(process.env, { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(smtp.port), SMTP_TIMEOUT_MS: "5000" });
    try {
      for (const i of [1, 2, 3])
        await db.outboxMessage.create({
          data: { kind: "EMAIL", dedupeKey: `sewa-${Date.now()}-${i}`, payload: { to: `s${i}@contoh.id`, subject: "s", text: "t" } },
        });
      let renewals = 0;
      const r = await deliverOutbox(far(), { renew: async () => ++renewals < 2 });
      expect(r.sent).toBe(2);
      expect(await db.outboxMessage.count({ where: { status: "MENUNGGU", kind: "EMAIL" } })).toBe(1);
    } finally {
      await smtp.close();
      process.env.LAPAK_ADUAN_URL = lapak.url;
    }
  });

  it("two app servers on one database send each e-mail once", async () => {
    await clearOutbox();
    delete process.env.LAPAK_ADUAN_URL;
    // A server that takes a moment per message, so the two workers overlap.
    const smtp = await fakeSmtp({ answerAfterMs: 40 });
    try {
      const rows = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          db.outboxMessage.create({
            data: { kind: "EMAIL", dedupeKey: `dua-server-${Date.now()}-${i}`, payload: { to: `q${i}@contoh.id`, subject: `Dua ${i}`, text: "Isi" } },
          }),
        ),
      );
      const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL!, SMTP_HOST: "127.0.0.1", SMTP_PORT: String(smtp.port), SMTP_TIMEOUT_MS: "5000" };
      delete (env as Record<string, string | undefined>).LAPAK_ADUAN_URL;
      const run = () =>
        new Promise<{ sent: number }>((resolve, reject) => {
          const child = spawn(process.execPath, ["--import", "tsx", "tests/outbox/deliver-child.ts"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "inherit"] });
          let out = "";
          child.stdout.on("data", (c: Buffer) => (out += c));
          child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").pop()!)) : reject(new Error(`worker exited ${code}`))));
        });
      const [a, b] = await Promise.all([run(), run()]);
      expect(a.sent + b.sent).toBe(rows.length);
      expect(a.sent).toBeGreaterThan(0);
      expect(b.sent).toBeGreaterThan(0);
      const ids = smtp.mails.map((m) => messageIdIn(m.raw));
      expect(ids).toHaveLength(rows.length);
      expect(new Set(ids)).toEqual(new Set(rows.map((r) => messageIdOf(r.id))));
    } finally {
      await smtp.close();
      process.env.LAPAK_ADUAN_URL = lapak.url;
    }
  }, 60_000);
});
