// The measurements of `npm run bench` on one database filled with synthetic
// cases: the framework's floor, receipt-code tracking under an open-loop load
// with the dashboard at the same time, the staff pages, 100 concurrent public
// submissions, SPT rendering on the server, and the server's peak memory.
import { performance } from "node:perf_hooks";
import type { Db } from "@/lib/db";
import { scaleReceiptCode } from "@/prisma/seed/scale";
import { actionId, callAction, clientAddress, complaintFields } from "./actions";
import { batch, closedLoop, openLoop, summarise, watchMemory, type Sample, type Shot, type Summary } from "./load";
import { signIn, type BenchServer } from "./server";

export interface ScaleFigures {
  /** an empty route handler: Next.js alone */
  floorRoute: Summary;
  /** an empty page in the public layout: what every public page costs (proxy, CSP nonce, layouts) */
  floor: Summary;
  trackingThroughput: Summary;
  tracking: Summary;
  trackingByKind: Record<string, Summary>;
  dashboard: Summary;
  casePage: Summary;
  inbox: Summary;
  submissions: { sent: number; stored: number; distinctNumbers: number; consecutive: boolean; errors: number; seconds: number; p95: number };
  sptPdf: Summary;
  sptDocx: Summary;
  peakMemoryMb: number;
}

export interface ScaleOptions {
  trackingRate: number;
  dashboardRate: number;
  seconds: number;
}

/** Rounds of 5 s of the empty page, then 5 s of tracking. */
const THROUGHPUT_ROUNDS = 3;

const byKind = (samples: Sample[], seconds: number) => {
  const kinds = [...new Set(samples.map((s) => s.kind))];
  return Object.fromEntries(
    kinds.map((k) => [
      k,
      summarise(
        samples.filter((s) => s.kind === k),
        seconds,
      ),
    ]),
  );
};

export async function measureServer(server: BenchServer, db: Db, trackableUpTo: number, o: ScaleOptions, log: (s: string) => void): Promise<ScaleFigures> {
  const base = server.base;
  const memory = watchMemory(server.process.pid!);
  const lookupId = actionId("app/(public)/lacak/actions.ts", "lookupAction");
  const submitId = actionId("app/(public)/lapor/actions.ts", "submitComplaintAction");
  let client = 0;
  const next = () => ({ "x-forwarded-for": clientAddress(++client) });

  // Warm-up: every page compiled and cached once, so the first requests measure nothing but a cold start.
  const ping: Shot = async () => ({ kind: "ping", ok: (await (await fetch(`${base}/api/ping`)).text()) === "ok" });
  await batch(200, 4, ping);
  log("floor: /api/ping, 8 clients for 10 s");
  const floorRoute = summarise(await closedLoop(8, 10, ping), 10);
  const empty: Shot = async () => {
    const res = await fetch(`${base}/kosong`);
    return { kind: "kosong", ok: res.ok && (await res.text()).includes("sengaja kosong") };
  };
  await batch(50, 4, empty);

  // Codes that open a case: the most recent web complaints (open cases, as people follow those).
  const codes: string[] = [];
  const cookies: string[] = [];
  for (let i = trackableUpTo; i > 0 && codes.length < 300; i--) {
    const code = scaleReceiptCode(i);
    const r = await callAction(base, "/lacak", lookupId, { code, website: "" }, next());
    if (r.text.includes("Aduan ditemukan")) {
      codes.push(code);
      const c = r.cookies.find((x) => x.startsWith("sipadu_lacak="));
      if (c) cookies.push(c);
    }
  }
  if (codes.length < 50) throw new Error(`only ${codes.length} receipt codes open a case: was the database seeded with seed:scale?`);
  /** Half the tracking requests type a code (the lookup), half load the case's page with the cookie it set. */
  const track: Shot = async (n) => {
    if (n % 2 === 0) {
      const r = await callAction(base, "/lacak", lookupId, { code: codes[n % codes.length]!, website: "" }, next());
      return { kind: "lookup", ok: r.status === 200 && r.text.includes("Aduan ditemukan") };
    }
    const res = await fetch(`${base}/lacak`, { headers: { cookie: cookies[n % cookies.length]!, ...next() } });
    const body = await res.text();
    return { kind: "page", ok: res.ok && body.includes("ADU/") };
  };
  await batch(100, 4, track);
  // The empty page and tracking take turns, so that neither is measured on a colder server than the other
  // (the JIT keeps warming up for the first tens of seconds).
  log(`throughput: the empty page and tracking in turns, ${THROUGHPUT_ROUNDS} × 5 s each, 8 clients`);
  const floorSamples: Sample[] = [];
  const trackingSamples: Sample[] = [];
  for (let round = 0; round < THROUGHPUT_ROUNDS; round++) {
    floorSamples.push(...(await closedLoop(8, 5, empty)));
    trackingSamples.push(...(await closedLoop(8, 5, track)));
  }
  const floor = summarise(floorSamples, THROUGHPUT_ROUNDS * 5);
  const trackingThroughput = summarise(trackingSamples, THROUGHPUT_ROUNDS * 5);

  const pimpinan = await signIn(base, "pimpinan");
  const year = new Date().getFullYear();
  const dash: Shot = async () => {
    const res = await fetch(`${base}/dasbor?tahun=${year}`, { headers: { cookie: pimpinan } });
    const body = await res.text();
    return { kind: "dashboard", ok: res.ok && body.includes('data-testid="dashboard-figures"') };
  };
  await batch(5, 1, dash);
  log(`open loop: tracking ${o.trackingRate}/s and the dashboard ${o.dashboardRate}/s for ${o.seconds} s`);
  const [trackSamples, dashSamples] = await Promise.all([openLoop(o.trackingRate, o.seconds, track), openLoop(o.dashboardRate, o.seconds, dash)]);

  const inspektur = await signIn(base, "inspektur");
  const open = await db.case.findMany({
    where: { status: { in: ["DITELAAH", "RENCANA_TIM", "PELAKSANAAN", "MENUNGGU_KONFIRMASI", "SELESAI"] } },
    select: { id: true },
    orderBy: { registeredAt: "desc" },
    take: 200,
  });
  const casePage: Shot = async (n) => {
    const res = await fetch(`${base}/aduan/${open[n % open.length]!.id}`, { headers: { cookie: inspektur } });
    const body = await res.text();
    return { kind: "case", ok: res.ok && body.includes("ADU/") };
  };
  const inbox: Shot = async () => {
    const res = await fetch(`${base}/aduan`, { headers: { cookie: inspektur } });
    const body = await res.text();
    return { kind: "inbox", ok: res.ok && body.includes("Kotak masuk") };
  };
  log("staff pages: 200 case pages and 200 inbox loads, 2 at a time");
  await batch(10, 2, casePage);
  await batch(10, 2, inbox);
  const caseSamples = await batch(200, 2, casePage);
  const inboxSamples = await batch(200, 2, inbox);

  log("100 public submissions at once");
  const opd = await db.opd.findFirstOrThrow({ where: { name: "Dinas Kesehatan" } });
  const tag = `Uji beban ${Date.now().toString(36)}`;
  const before = await db.case.count();
  const t0 = performance.now();
  const submitted = await Promise.all(
    Array.from({ length: 100 }, async (_, k) => {
      const t = performance.now();
      const r = await callAction(base, "/lapor", submitId, complaintFields(`${tag} nomor ${k}`, opd.id), next());
      return { ok: r.status === 200 && !r.text.includes('"status":"error"'), ms: performance.now() - t };
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const stored = await db.case.findMany({ where: { title: { startsWith: tag } }, select: { registerNumber: true, title: true } });
  const numbers = stored.map((c) => Number(c.registerNumber.split("/")[2])).sort((a, b) => a - b);
  const submissions = {
    sent: 100,
    stored: new Set(stored.map((c) => c.title)).size,
    distinctNumbers: new Set(numbers).size,
    consecutive: numbers.every((n, k) => k === 0 || n === numbers[k - 1]! + 1),
    errors: submitted.filter((s) => !s.ok).length,
    seconds,
    p95: summarise(
      submitted.map((s) => ({ ...s, kind: "lapor" })),
      seconds,
    ).p95,
  };
  if ((await db.case.count()) - before !== stored.length) throw new Error("submissions: cases appeared that do not carry the test's title");

  log("SPT rendering on the server: 20 drafts as PDF and as DOCX");
  const drafts = await db.document.findMany({ where: { type: "SPT", status: "DRAF" }, select: { id: true }, take: 20 });
  const spt =
    (format: "pdf" | "docx"): Shot =>
    async (n) => {
      const res = await fetch(`${base}/api/dokumen/${drafts[n % drafts.length]!.id}?format=${format}`, { headers: { cookie: inspektur } });
      const bytes = new Uint8Array(await res.arrayBuffer());
      const magic = format === "pdf" ? bytes[0] === 0x25 && bytes[1] === 0x50 : bytes[0] === 0x50 && bytes[1] === 0x4b;
      return { kind: format, ok: res.ok && magic };
    };
  await batch(2, 1, spt("pdf"));
  const sptPdf = summarise(await batch(20, 1, spt("pdf")), 1);
  const sptDocx = summarise(await batch(20, 1, spt("docx")), 1);

  return {
    floorRoute,
    floor,
    trackingThroughput,
    tracking: summarise(trackSamples, o.seconds),
    trackingByKind: byKind(trackSamples, o.seconds),
    dashboard: summarise(dashSamples, o.seconds),
    casePage: summarise(caseSamples, 1),
    inbox: summarise(inboxSamples, 1),
    submissions,
    sptPdf,
    sptDocx,
    peakMemoryMb: await memory.stop(),
  };
}
