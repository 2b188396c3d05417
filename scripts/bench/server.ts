// The built SIPADU server for the benchmarks that measure it over HTTP:
// started on a database of the benchmark's own, waited for, signed in to.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { demoTotpCode } from "@/lib/auth/demo-two-factor";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface BenchServer {
  base: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** `npm start`'s script on `port` (demo passwords allowed, no demo complaints, no build). */
export async function startServer(port: number, env: Record<string, string>): Promise<BenchServer> {
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--demo", "--no-build"], {
    cwd: ROOT,
    // The load generator plays many clients with X-Forwarded-For: it is the trusted proxy.
    env: {
      ...process.env,
      PORT: String(port),
      NEXTAUTH_URL: base,
      SIPADU_DEMO_CASES: "0",
      SIPADU_TRUSTED_PROXIES: "127.0.0.1,::1",
      SIPADU_BENCH_ROUTES: "1",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  };
  try {
    for (let i = 0; ; i++) {
      if (child.exitCode !== null) throw new Error("the server stopped while starting (is the build current? npm run build)");
      if (i > 240) throw new Error("the server did not start within two minutes");
      try {
        if ((await fetch(`${base}/api/health`)).ok) break;
      } catch {
        /* not listening yet */
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  } catch (e) {
    await stop();
    throw e;
  }
  return { base, process: child, stop };
}

/** Signs in through next-auth's credentials endpoint, as the sign-in form does; returns the cookie header. */
export async function signIn(base: string, login: string, password = "sipadu-demo"): Promise<string> {
  const headers = { "x-forwarded-for": "10.99.0.1" };
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keep = (r: Response) => r.headers.getSetCookie().forEach((c) => jar.set(c.split("=")[0]!, c.split(";")[0]!));
  keep(csrf);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: [...jar.values()].join("; ") },
    // The demo inspektur and admin sign in with two steps (lib/auth/demo-two-factor.ts).
    body: new URLSearchParams({ csrfToken, login, password, json: "true", ...(["inspektur", "admin"].includes(login) ? { code: demoTotpCode() } : {}) }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in as ${login} failed (${res.status})`);
  return [...jar.values()].join("; ");
}
