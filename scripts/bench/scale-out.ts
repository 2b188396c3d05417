// Two app servers on one PostgreSQL, the load split between them: every
// submission stored once with unique consecutive register numbers, every
// e-mail of the outbox delivered exactly once to a real SMTP server on
// loopback, background jobs under one lease holder at a time, and a session
// opened on one server valid on the other.
import { performance } from "node:perf_hooks";
import { createDb } from "@/lib/db";
import { prepareDatabase } from "@/lib/db/prepare";
import { fakeSmtp } from "@/tests/smtp";
import { pgAdminQuery, pgAdminUrl } from "@/tests/test-databases";
import { actionId, callAction, clientAddress, complaintFields } from "./actions";
import { signIn, startServer } from "./server";

export interface ScaleOutFigures {
  servers: number;
  submissions: number;
  stored: number;
  perServer: number[];
  numbersUnique: boolean;
  numbersConsecutive: boolean;
  outboxEmails: number;
  mailsReceived: number;
  recipientsWithExactlyOne: number;
  deliverySeconds: number;
  leaseHolders: Record<string, string>;
  crossServerSession: boolean;
  submitSeconds: number;
}

export async function scaleOut(ports: [number, number], submissions = 200, log: (s: string) => void = console.log): Promise<ScaleOutFigures> {
  await pgAdminQuery(`DROP DATABASE IF EXISTS "sipadu_bench_scaleout" WITH (FORCE)`);
  await pgAdminQuery(`CREATE DATABASE "sipadu_bench_scaleout"`);
  const u = new URL(pgAdminUrl());
  u.pathname = "/sipadu_bench_scaleout";
  const url = u.toString();
  const config = { provider: "postgresql" as const, url };
  const db = createDb(config);
  await prepareDatabase(db, config);
  const smtp = await fakeSmtp();
  const env = {
    DATABASE_URL: url,
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    SIPADU_OUTBOX_INTERVAL_MS: "500",
    SIPADU_DASHBOARD_CACHE_S: "0",
  };
  // One after the other: the first prepares the database, the second finds it ready.
  const a = await startServer(ports[0], env);
  const b = await startServer(ports[1], env);
  const servers = [a, b];
  try {
    log(`scale-out: ${submissions} submissions with an e-mail address, split over two servers`);
    const submitId = actionId("app/(public)/lapor/actions.ts", "submitComplaintAction");
    const opd = await db.opd.findFirstOrThrow({ where: { name: "Dinas Kesehatan" } });
    const tag = `Skala keluar ${Date.now().toString(36)}`;
    const t0 = performance.now();
    const perServer = [0, 0];
    let n = 0;
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        while (n < submissions) {
          const k = n++;
          const s = k % 2;
          const r = await callAction(
            servers[s]!.base,
            "/lapor",
            submitId,
            complaintFields(`${tag} nomor ${k}`, opd.id, {
              confidentiality: "BIASA",
              reporterName: `Pelapor Uji ${k}`,
              nik: "",
              phone: "",
              email: `pelapor${k}@contoh.id`,
              address: "",
            }),
            { "x-forwarded-for": clientAddress(50_000 + k) },
          );
          if (r.status === 200 && !r.text.includes('"status":"error"')) perServer[s]!++;
        }
      }),
    );
    const submitSeconds = (performance.now() - t0) / 1000;
    const stored = await db.case.findMany({ where: { title: { startsWith: tag } }, select: { title: true, registerNumber: true } });
    const numbers = stored.map((c) => Number(c.registerNumber.split("/")[2])).sort((x, y) => x - y);

    // Both servers' workers deliver; each message must reach the SMTP server once.
    const t1 = performance.now();
    const outboxEmails = await db.outboxMessage.count({ where: { kind: "EMAIL" } });
    for (let i = 0; i < 240; i++) {
      if ((await db.outboxMessage.count({ where: { kind: "EMAIL", status: { not: "DIKIRIM" } } })) === 0) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const deliverySeconds = (performance.now() - t1) / 1000;
    // A few more rounds of both workers: nothing may be sent twice.
    await new Promise((r) => setTimeout(r, 2000));
    const perRecipient = new Map<string, number>();
    for (const m of smtp.mails) for (const to of m.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
    const recipientsWithExactlyOne = Array.from({ length: submissions }, (_, k) => perRecipient.get(`pelapor${k}@contoh.id`) ?? 0).filter(
      (c) => c === 1,
    ).length;

    const leases = await db.jobLease.findMany();
    const cookie = await signIn(a.base, "pengaduan");
    const other = await fetch(`${b.base}/aduan`, { headers: { cookie } });
    const crossServerSession = other.ok && (await other.text()).includes("Kotak masuk");

    return {
      servers: 2,
      submissions,
      stored: new Set(stored.map((c) => c.title)).size,
      perServer,
      numbersUnique: new Set(numbers).size === numbers.length,
      numbersConsecutive: numbers.every((x, k) => k === 0 || x === numbers[k - 1]! + 1),
      outboxEmails,
      mailsReceived: smtp.mails.length,
      recipientsWithExactlyOne,
      deliverySeconds,
      leaseHolders: Object.fromEntries(leases.map((l) => [l.name, l.holder])),
      crossServerSession,
      submitSeconds,
    };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await smtp.close();
    await db.$disconnect();
  }
}
