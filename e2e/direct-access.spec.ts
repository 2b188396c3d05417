// Talking to the server directly, with no proxy in front and none trusted:
// the limits still hold. A client that rotates X-Forwarded-For is still one
// client, and a large body sent to the Lapak Aduan endpoint is refused
// before the server holds it in memory. This test starts its own server
// (the shared ones trust the test runner as their proxy).
import { spawn, type ChildProcess } from "node:child_process";
import { request as httpRequest } from "node:http";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { watchMemory } from "../scripts/bench/load";

const PORT = 3102;
const BASE = `http://127.0.0.1:${PORT}`;
const DATA = path.resolve("data/e2e-direct");
let server: ChildProcess;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  rmSync(DATA, { recursive: true, force: true });
  mkdirSync(DATA, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(PORT),
    DATABASE_URL: `file:${path.join(DATA, "sipadu.db")}`,
    SIPADU_DATA_DIR: DATA,
    NEXTAUTH_URL: BASE,
    SIPADU_DEMO_CASES: "0",
  };
  delete env.SIPADU_TRUSTED_PROXIES;
  server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--demo", "--no-build"], { env, stdio: ["ignore", "ignore", "inherit"] });
  for (let i = 0; ; i++) {
    if (server.exitCode !== null) throw new Error("the direct-access server stopped while starting");
    if (i > 200) throw new Error("the direct-access server did not start");
    if (
      await fetch(`${BASE}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 500));
  }
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
  }
});

test("a client rotating X-Forwarded-For gets five failed sign-ins a minute, and its real address is recorded", async () => {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const outcomes: string[] = [];
  for (let i = 1; i <= 8; i++) {
    const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": `203.0.113.${i}` },
      body: new URLSearchParams({ csrfToken, login: `penebak.${i}`, password: "tebakan-salah", json: "true" }),
    });
    const { url } = (await res.json()) as { url: string };
    outcomes.push(new URL(url).searchParams.get("error")?.split(":")[0] ?? "OK");
  }
  expect(outcomes).toEqual(["SALAH", "SALAH", "SALAH", "SALAH", "SALAH", "DIBATASI", "DIBATASI", "DIBATASI"]);
  // What was stored is the connection's address, not any of the forged ones.
  const conn = new Database(path.join(DATA, "sipadu.db"), { readonly: true });
  try {
    expect(conn.prepare(`SELECT DISTINCT "clientIp" AS ip FROM "LoginAttempt"`).all()).toEqual([{ ip: "127.0.0.1" }]);
  } finally {
    conn.close();
  }
});

/** Streams `megabytes` of zeros without Content-Length until the server answers; the status and how much was sent. */
function streamZeros(headers: Record<string, string>, megabytes: number, path = "/api/lapak-aduan/aduan"): Promise<{ status: number; sentMb: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const chunk = Buffer.alloc(1024 * 1024);
    const req = httpRequest(`${BASE}${path}`, { method: "POST", headers: { ...headers, "transfer-encoding": "chunked" } }, (res) => {
      answered = true;
      res.resume();
      res.on("end", () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, sentMb: Math.round(sent / 1024 / 1024) });
      });
    });
    req.on("error", (e) => (answered ? undefined : reject(e)));
    const pump = () => {
      while (!answered && sent < megabytes * 1024 * 1024) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

test("1 000 MB sent to the Lapak Aduan endpoint are refused without the server holding them", async () => {
  test.setTimeout(120_000);
  const memory = watchMemory(server.pid!, 100);
  // No key: refused from the headers, before the body.
  const anonymous = await streamZeros({ "content-type": "application/json", "x-signature": `sha256=${"0".repeat(64)}` }, 1000);
  expect(anonymous.status).toBe(401);
  // The demo key and a signature of the right form: read up to the limit, then refused.
  const keyed = await streamZeros({ "content-type": "application/json", "x-api-key": "demo-lapak-aduan", "x-signature": `sha256=${"0".repeat(64)}` }, 1000);
  expect(keyed.status).toBe(413);
  expect(keyed.sentMb).toBeLessThan(1000);
  // Not JSON: refused from the headers.
  expect((await streamZeros({ "content-type": "text/plain", "x-api-key": "demo-lapak-aduan", "x-signature": `sha256=${"0".repeat(64)}` }, 100)).status).toBe(
    415,
  );
  const peakMb = await memory.stop();
  expect(peakMb).toBeLessThan(600);
  expect((await fetch(`${BASE}/api/health`)).ok).toBe(true);
});

test("large bodies posted at pages are not held in memory either", async () => {
  test.setTimeout(120_000);
  const memory = watchMemory(server.pid!, 100);
  // Ten at once, each far over the form limit: to a page (no action), and as a forged server action.
  const shots = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      streamZeros(
        i % 2 ? { "content-type": "multipart/form-data; boundary=x", "next-action": "0".repeat(42) } : { "content-type": "application/octet-stream" },
        200,
        "/lapor",
      ).catch(() => ({ status: 0, sentMb: 0 })),
    ),
  );
  expect(shots.length).toBe(10);
  const peakMb = await memory.stop();
  expect(peakMb).toBeLessThan(600);
  expect((await fetch(`${BASE}/lapor`)).ok).toBe(true);
});
