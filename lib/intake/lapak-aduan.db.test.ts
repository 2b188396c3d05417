import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { seedReferenceData } from "@/prisma/seed";
import { SAMPLE } from "@/tests/fixtures/files";
import { lapakRequest, ticket } from "@/tests/lapak";
import { DEMO_API_KEY, seedDemoApiKey } from "./api-keys";

const provider = databaseConfig().provider;

beforeAll(async () => {
  await seedReferenceData(db);
  await seedDemoApiKey(db);
});

describe(`Lapak Aduan intake (${provider})`, () => {
  it("registers a new ticket (201) and answers a replay with the same case (200), storing it once", async () => {
    const t = ticket({ attachments: [{ filename: "foto.png", contentBase64: Buffer.from(SAMPLE.png()).toString("base64") }] });
    const first = await lapakRequest(t);
    expect(first.status).toBe(201);
    const created = await first.json();
    expect(created.registerNumber).toMatch(/^ADU\/\d{4}\/\d{5}$/);
    const again = await lapakRequest(t);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(created);
    expect(await db.case.count({ where: { lapakTicketId: t.ticketId } })).toBe(1);
    const kase = await db.case.findUniqueOrThrow({ where: { id: created.caseId }, include: { attachments: true, opd: true, reporter: true, history: true } });
    expect(kase).toMatchObject({ source: "LAPAK_ADUAN", channel: "LAPAK_ADUAN_API", status: "DITERIMA" });
    expect(kase.opd?.code).toBe("DPU");
    expect(kase.attachments.map((a) => a.mimeType)).toEqual(["image/png"]);
    expect(kase.reporter).toMatchObject({ name: "Warga Lapak", notifyEmail: false });
    expect(kase.history[0]).toMatchObject({ step: 1, actorLabel: "Lapak Aduan" });
  });

  it("keeps an OPD it does not know as the reported party", async () => {
    const res = await lapakRequest(ticket({ opdName: "Dinas Entah" }));
    const { caseId } = await res.json();
    expect(await db.case.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({ opdId: null, reportedParty: "Dinas Entah" });
  });

  it("two deliveries of one ticket at the same moment make one case", async () => {
    const t = ticket();
    const [a, b] = await Promise.all([lapakRequest(t), lapakRequest(t)]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(await db.case.count({ where: { lapakTicketId: t.ticketId } })).toBe(1);
  });

  it("refuses a forged signature, a wrong key and a missing signature with 401, storing nothing", async () => {
    const before = await db.case.count();
    const t = ticket();
    expect((await lapakRequest(t, { secret: "bukan-rahasianya" })).status).toBe(401);
    expect((await lapakRequest(t, { key: "kunci-palsu" })).status).toBe(401);
    expect((await lapakRequest(t, { sig: "" })).status).toBe(401);
    // Signed, then changed on the way.
    const raw = JSON.stringify(t);
    const tampered = await lapakRequest(raw.replace("berlubang", "mulus"), { sig: (await import("./hmac")).signature("sipadu-demo-secret", raw) });
    expect(tampered.status).toBe(401);
    expect(await db.case.count()).toBe(before);
  });

  it("answers an invalid body with 422 and the field errors, storing nothing", async () => {
    const before = await db.case.count();
    const res = await lapakRequest({ ...ticket(), title: "", createdAt: "kemarin", extra: 1, reporter: { name: "A", email: "bukan" } });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(Object.keys(body.fieldErrors).sort()).toEqual(["_form", "createdAt", "reporter.email", "title"]);
    expect((await lapakRequest("{bukan json")).status).toBe(422);
    expect((await lapakRequest([1, 2])).status).toBe(422);
    const disguised = await lapakRequest(ticket({ attachments: [{ filename: "surat.pdf", contentBase64: Buffer.from(SAMPLE.script()).toString("base64") }] }));
    expect(disguised.status).toBe(422);
    expect((await disguised.json()).fieldErrors.attachments[0]).toContain("jenis berkas tidak diterima");
    expect(await db.case.count()).toBe(before);
  });

  it("refuses the demo key on a production server", async () => {
    const before = process.env.SIPADU_ALLOW_DEMO_PASSWORDS;
    process.env.SIPADU_ALLOW_DEMO_PASSWORDS = "0";
    try {
      expect((await lapakRequest(ticket(), { key: DEMO_API_KEY })).status).toBe(401);
    } finally {
      if (before === undefined) delete process.env.SIPADU_ALLOW_DEMO_PASSWORDS;
      else process.env.SIPADU_ALLOW_DEMO_PASSWORDS = before;
    }
  });
});
