// Calling SIPADU's Lapak Aduan endpoint as Lapak Aduan would, and a loopback
// HTTP server playing Lapak Aduan's side.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { POST } from "@/app/api/lapak-aduan/aduan/route";
import { DEMO_API_KEY, DEMO_API_SECRET } from "@/lib/intake/api-keys";
import { signature } from "@/lib/crypto/hmac";

export function lapakRequest(body: unknown, opts: { key?: string; secret?: string; sig?: string } = {}) {
  const raw = typeof body === "string" ? body : JSON.stringify(body);
  return POST(
    new Request("http://sipadu.test/api/lapak-aduan/aduan", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-api-key": opts.key ?? DEMO_API_KEY,
        "x-signature": opts.sig ?? signature(opts.secret ?? DEMO_API_SECRET, raw),
      },
      body: raw,
    }),
  );
}

export function ticket(overrides: Record<string, unknown> = {}) {
  return {
    ticketId: `LA-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    title: "Jalan desa berlubang",
    description: "Jalan di depan balai desa berlubang sejak bulan lalu.",
    reporter: { name: "Warga Lapak", phone: "081234567891" },
    opdName: "Dinas Pekerjaan Umum",
    location: "Desa Karangsari",
    occurredAt: "Oktober 2026",
    createdAt: "2026-11-30T08:15:00+07:00",
    ...overrides,
  };
}

export interface Received {
  headers: IncomingMessage["headers"];
  body: string;
}

/** Lapak Aduan's status endpoint on loopback; `mode` decides how it answers the next requests. */
export async function fakeLapak() {
  const received: Received[] = [];
  let mode: "ok" | "error" | "hang" = "ok";
  let failures = 0;
  /** what Lapak Aduan accepted (answered 2xx), in the order it accepted it */
  const accepted: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      if (mode === "hang") return; // never answers
      const fail = mode === "error" || failures > 0;
      if (failures > 0) failures--;
      if (!fail) accepted.push({ headers: req.headers, body });
      res.statusCode = fail ? 500 : 200;
      res.end(fail ? '{"error":"down"}' : '{"ok":true}');
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sipadu/status`;
  return {
    url,
    received,
    accepted,
    setMode: (m: typeof mode) => (mode = m),
    /** the next `n` calls fail with 500, then it answers as its mode says */
    failNext: (n: number) => (failures = n),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
