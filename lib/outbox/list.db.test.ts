// /kotak-keluar as each role reads it: the admin keeps delivery working
// without reading what the messages say about cases.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { seedCase, seedUser } from "@/prisma/seed/factories";
import { actorOf } from "@/tests/actors";
import { expectDomainError } from "@/tests/expect-errors";
import { listOutbox } from "./list";

const provider = databaseConfig().provider;

describe(`the outbox page's rows (${provider})`, () => {
  it("show the admin type, status, time and attempts, never the content; the complaint team reads it all", async () => {
    const kase = await seedCase(db, { title: "Pungutan liar di kantor desa Karangrau" });
    await db.outboxMessage.create({
      data: {
        kind: "EMAIL",
        dedupeKey: `list-${kase.id}-1`,
        caseId: kase.id,
        status: "GAGAL",
        attempts: 3,
        lastError: "Error: 550 mailbox kenari.s@contoh.id unavailable",
        payload: {
          to: "kenari.s@contoh.id",
          subject: "[SIPADU] ADU menunggu Anda",
          text: 'Aduan "Pungutan liar di kantor desa Karangrau" menunggu langkah 2.',
        },
      },
    });
    await db.outboxMessage.create({
      data: {
        kind: "LAPAK_ADUAN_STATUS",
        dedupeKey: `list-${kase.id}-2`,
        caseId: kase.id,
        payload: { ticketId: "LA-9", status: "DITERIMA", stage: "Aduan diterima", message: "Pesan untuk pelapor" },
      },
    });
    const admin = actorOf(await seedUser(db, { role: "ADMIN" }));
    const pengaduan = actorOf(await seedUser(db, { role: "TIM_PENGADUAN" }));

    const asAdmin = await listOutbox(admin, null, 1);
    expect(asAdmin.readsContent).toBe(false);
    const seen = JSON.stringify(asAdmin.rows);
    expect(seen).not.toContain("Karangrau");
    expect(seen).not.toContain("Pesan untuk pelapor");
    expect(seen).not.toContain("kenari.s@");
    const mail = asAdmin.rows.find((r) => r.kind === "EMAIL")!;
    expect(mail).toMatchObject({
      status: "GAGAL",
      attempts: 3,
      content: null,
      to: "k•••@contoh.id",
      lastError: "Error: 550 mailbox k•••@contoh.id unavailable",
    });

    const asTeam = await listOutbox(pengaduan, null, 1);
    expect(asTeam.rows.find((r) => r.kind === "EMAIL")).toMatchObject({ to: "kenari.s@contoh.id", content: { body: expect.stringContaining("Karangrau") } });
    expect(asTeam.rows.find((r) => r.kind === "LAPAK_ADUAN_STATUS")).toMatchObject({ content: { subject: "Aduan diterima", body: "Pesan untuk pelapor" } });

    const pimpinan = actorOf(await seedUser(db, { role: "PIMPINAN" }));
    await expectDomainError(() => listOutbox(pimpinan, null, 1), "TIDAK_BERWENANG");
  });
});
