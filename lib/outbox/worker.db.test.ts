// The outbox against a real SMTP server and a real HTTP server playing Lapak
// Aduan on loopback: delivered once, retried with backoff while the other
// side fails or hangs, given up after the last attempt, sent again on request.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { seedDemoApiKey } from "@/lib/intake/api-keys";
import { verifySignature } from "@/lib/crypto/hmac";
import { seedReferenceData } from "@/prisma/seed";
import { fakeLapak, lapakRequest, ticket } from "@/tests/lapak";
import { fakeSmtp } from "@/tests/smtp";
import { seedCrew, validInput, type Crew } from "@/tests/workflow";
import { forwardToInspektur } from "@/lib/steps/forward-to-inspektur";
import { MAX_ATTEMPTS, backoffMs, deliverOutbox, retryOutboxMessage } from "./worker";

const provider = databaseConfig().provider;
let lapak: Awaited<ReturnType<typeof fakeLapak>>;
let smtp: Awaited<ReturnType<typeof fakeSmtp>>;
let crew: Crew;
const SECRET = "rahasia-keluar-uji";

beforeAll(async () => {
  await seedReferenceData(db);
  await seedDemoApiKey(db);
  crew = await seedCrew();
  lapak = await fakeLapak();
  smtp = await fakeSmtp();
  Object.assign(process.env, {
    LAPAK_ADUAN_URL: lapak.url,
    LAPAK_ADUAN_SECRET: SECRET,
    LAPAK_ADUAN_API_KEY: "kunci-sipadu",
    LAPAK_ADUAN_TIMEOUT_MS: "300",
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(smtp.port),
    SMTP_FROM: "SIPADU <sipadu@inspektorat.test>",
  });
});

afterAll(async () => {
  for (const k of ["LAPAK_ADUAN_URL", "LAPAK_ADUAN_SECRET", "LAPAK_ADUAN_API_KEY", "LAPAK_ADUAN_TIMEOUT_MS", "SMTP_HOST", "SMTP_PORT", "SMTP_FROM"])
    delete process.env[k];
  await lapak.close();
  await smtp.close();
});

beforeEach(() => lapak.setMode("ok"));

/** A Lapak Aduan case moved by one step: its new status waits in the outbox. */
async function lapakCaseForwarded() {
  const { caseId } = await (await lapakRequest(ticket())).json();
  await forwardToInspektur(crew.pengaduan, await validInput(2, crew, caseId));
  return caseId as string;
}

const far = () => new Date(Date.now() + 365 * 86_400_000);

describe(`outbox delivery (${provider})`, () => {
  it("posts a Lapak Aduan ticket's new status, signed, exactly once", async () => {
    const caseId = await lapakCaseForwarded();
    const before = lapak.received.length;
    await deliverOutbox(far());
    const sent = lapak.received.slice(before).filter((r) => JSON.parse(r.body).status === "DI_INSPEKTUR");
    expect(sent).toHaveLength(1);
    const got = sent[0]!;
    expect(verifySignature(SECRET, got.body, got.headers["x-signature"] as string)).toBe(true);
    expect(got.headers["x-api-key"]).toBe("kunci-sipadu");
    expect(JSON.parse(got.body)).toMatchObject({ status: "DI_INSPEKTUR", stage: "Aduan disampaikan kepada Inspektur" });
    const row = await db.outboxMessage.findFirstOrThrow({ where: { caseId, kind: "LAPAK_ADUAN_STATUS" } });
    expect(row).toMatchObject({ status: "DIKIRIM", attempts: 1 });
    expect(got.headers["idempotency-key"]).toBe(row.dedupeKey);
    await deliverOutbox(far());
    expect(lapak.received.filter((r) => r.body === got.body)).toHaveLength(1);
  });

  it("retries with backoff while Lapak Aduan fails or hangs, then delivers", async () => {
    const caseId = await lapakCaseForwarded();
    const row = () => db.outboxMessage.findFirstOrThrow({ where: { caseId, kind: "LAPAK_ADUAN_STATUS" } });
    lapak.setMode("error");
    const t0 = Date.now();
    await deliverOutbox(far());
    expect(await row()).toMatchObject({ status: "MENUNGGU", attempts: 1, lastError: "Error: Lapak Aduan menjawab 500" });
    expect((await row()).nextAttemptAt.getTime()).toBeGreaterThanOrEqual(t0 + backoffMs(1) - 1000);

    lapak.setMode("hang");
    await deliverOutbox(far());
    const hung = await row();
    expect(hung.attempts).toBe(2);
    expect(hung.lastError).toMatch(/timeout|aborted/i);

    lapak.setMode("ok");
    await deliverOutbox(far());
    expect(await row()).toMatchObject({ status: "DIKIRIM", attempts: 3 });
  });

  it("stops after the last attempt as failed, and sends again when asked", async () => {
    const caseId = await lapakCaseForwarded();
    const m = await db.outboxMessage.findFirstOrThrow({ where: { caseId, kind: "LAPAK_ADUAN_STATUS" } });
    await db.outboxMessage.update({ where: { id: m.id }, data: { attempts: MAX_ATTEMPTS - 1 } });
    lapak.setMode("error");
    await deliverOutbox(far());
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ status: "GAGAL", attempts: MAX_ATTEMPTS });
    lapak.setMode("ok");
    expect(await retryOutboxMessage(m.id)).toBe(true);
    await deliverOutbox(new Date(Date.now() + 1000));
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { id: m.id } })).status).toBe("DIKIRIM");
  });

  it("sends e-mail through SMTP", async () => {
    await db.user.update({ where: { id: crew.inspektur.id }, data: { email: "inspektur@inspektorat.test" } });
    const caseId = await lapakCaseForwarded();
    await deliverOutbox(far());
    const mail = smtp.mails.find((m) => m.to.includes("inspektur@inspektorat.test"));
    expect(mail?.raw).toContain("menunggu Anda: langkah 3");
    expect(mail?.from).toBe("sipadu@inspektorat.test");
    expect((await db.outboxMessage.findFirstOrThrow({ where: { caseId, kind: "EMAIL" } })).status).toBe("DIKIRIM");
  });

  it("keeps e-mail in the outbox while SMTP is not configured", async () => {
    const host = process.env.SMTP_HOST;
    delete process.env.SMTP_HOST;
    try {
      const m = await db.outboxMessage.create({
        data: { kind: "EMAIL", dedupeKey: `uji-${Date.now()}`, payload: { to: "a@b.test", subject: "x", text: "y" } },
      });
      await deliverOutbox(far());
      expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ status: "MENUNGGU", attempts: 0 });
    } finally {
      process.env.SMTP_HOST = host;
    }
  });
});
