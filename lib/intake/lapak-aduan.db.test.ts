import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { seedReferenceData } from "@/prisma/seed";
import { SAMPLE } from "@/tests/fixtures/files";
import { lapakRequest, ticket } from "@/tests/lapak";
import { POST } from "@/app/api/lapak-aduan/aduan/route";
import { MAX_LAPAK_REQUEST_BYTES } from "@/lib/files/limits";
import { DEMO_API_KEY, DEMO_API_SECRET, seedDemoApiKey } from "./api-keys";
import { signature } from "@/lib/crypto/hmac";

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
    const tampered = await lapakRequest(raw.replace("berlubang", "mulus"), { sig: (await import("@/lib/crypto/hmac")).signature("sipadu-demo-secret", raw) });
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

  it("settles who is asking before reading the body, and reads no more than its limit", async () => {
    const url = "http://sipadu.test/api/lapak-aduan/aduan";
    // A body of up to 1 000 MB of zeros, sent in chunks without Content-Length; `pulled` counts what was read.
    const zeros = () => {
      let pulled = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(c) {
          if (pulled >= 1_000_000) return c.close();
          pulled++;
          c.enqueue(new Uint8Array(1024));
        },
      });
      return { body, read: () => pulled * 1024 };
    };
    const post = (headers: Record<string, string>, body: ReadableStream<Uint8Array>) =>
      POST(new Request(url, { method: "POST", headers, body, duplex: "half" } as RequestInit));
    const signed = { "content-type": "application/json", "x-api-key": DEMO_API_KEY, "x-signature": signature(DEMO_API_SECRET, "x") };

    let z = zeros();
    expect((await post({ "content-type": "application/json", "x-signature": signed["x-signature"] }, z.body)).status).toBe(401);
    expect(z.read()).toBeLessThanOrEqual(2 * 1024);
    z = zeros();
    expect((await post({ ...signed, "x-api-key": "kunci-palsu" }, z.body)).status).toBe(401);
    expect(z.read()).toBeLessThanOrEqual(2 * 1024);
    z = zeros();
    expect((await post({ ...signed, "content-type": "text/plain" }, z.body)).status).toBe(415);
    z = zeros();
    const declared = await post({ ...signed, "content-length": String(MAX_LAPAK_REQUEST_BYTES + 1) }, z.body);
    expect(declared.status).toBe(413);
    expect(z.read()).toBeLessThanOrEqual(2 * 1024);
    z = zeros();
    const chunked = await post(signed, z.body);
    expect(chunked.status).toBe(413);
    expect(await chunked.json()).toEqual({ error: "Permintaan terlalu besar: paling banyak 35 MB." });
    expect(z.read()).toBeLessThan(MAX_LAPAK_REQUEST_BYTES + 64 * 1024);
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
