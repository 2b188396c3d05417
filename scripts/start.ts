// Starts SIPADU: prepares the database, builds when the sources are newer
// than the last build, and serves the production build.
//   npm start          the quick start: embedded SQLite, demo accounts allowed,
//                      reachable from this computer only (127.0.0.1) unless HOST is set
//   npm run serve      production: demo passwords refused, a public https:// address
//                      required (README, "Production")
// Flags: --demo (allow demo passwords), --no-build (fail instead of building).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parseTrustedProxies } from "@/lib/http/client-address";
import { checkPublicAddress } from "@/lib/runtime/public-url";

const require = createRequire(import.meta.url);

const ROOT = path.resolve(import.meta.dirname, "..");
const args = new Set(process.argv.slice(2));

// next start runs as production; so do the database preparation and the demo-password rule.
(process.env as Record<string, string>).NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED = "1";
if (args.has("--demo") && process.env.SIPADU_ALLOW_DEMO_PASSWORDS === undefined) {
  process.env.SIPADU_ALLOW_DEMO_PASSWORDS = "1";
}
// The quick start shows demo complaints on a new database (the browser tests set 0).
if (args.has("--demo") && process.env.SIPADU_DEMO_CASES === undefined) {
  process.env.SIPADU_DEMO_CASES = "1";
}
// The demo signs its letters with the demo CA's certificates (marked as demo wherever they are shown).
if (args.has("--demo") && process.env.SIPADU_TTE === undefined) {
  process.env.SIPADU_TTE = "demo";
}
const demo = args.has("--demo");
const port = process.env.PORT || "3000";
// The demo has published passwords and a published two-step secret: it listens on this computer only
// unless told otherwise. A production server sits behind its proxy and listens on every interface.
const host = process.env.HOST || (demo ? "127.0.0.1" : "0.0.0.0");
process.env.HOST = host;
process.env.NEXTAUTH_URL ||= `http://localhost:${port}`;

/** The newest modification time under the paths that go into a build. */
function newestSource(): number {
  const roots = [
    "app",
    "lib",
    "templates",
    "prisma/seed",
    "prisma/schema.prisma",
    "public",
    "next.config.ts",
    "instrumentation.ts",
    "tsconfig.json",
    "package-lock.json",
  ];
  let newest = 0;
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const entry of readdirSync(p)) if (entry !== "node_modules" && entry !== "generated") walk(path.join(p, entry));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  for (const r of roots) walk(path.join(ROOT, r));
  return newest;
}

function buildIfNeeded() {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  const stale = !existsSync(buildId) || statSync(buildId).mtimeMs < newestSource();
  if (!stale) return;
  if (args.has("--no-build")) {
    console.error("[sipadu] no current build (.next): run `npm run build` first.");
    process.exit(1);
  }
  console.log("[sipadu] building the app (about a minute)…");
  const res = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], { cwd: ROOT, stdio: "inherit", env: process.env });
  if (res.status !== 0) process.exit(res.status ?? 1);
}

async function main() {
  const address = checkPublicAddress(process.env, demo);
  const proxies = parseTrustedProxies(process.env.SIPADU_TRUSTED_PROXIES);
  const prepared = spawnSync(process.execPath, [require.resolve("tsx/cli"), "scripts/db/prepare.ts"], { cwd: ROOT, stdio: "inherit", env: process.env });
  if (prepared.status !== 0) process.exit(prepared.status ?? 1);

  buildIfNeeded();

  announce(address, proxies.entries);
  // A bounded heap: V8 otherwise lets garbage pile up to a large share of the machine's memory before
  // collecting, and the server is meant to stay under 500 MB resident (BENCHMARKS.md).
  const heapMb = process.env.SIPADU_HEAP_MB ?? "320";
  if (!/^\d+$/.test(heapMb) || Number(heapMb) < 128) throw new Error("SIPADU_HEAP_MB must be a whole number of megabytes, at least 128");
  // With a small old space V8 also shrinks the young generation, and short-lived request garbage is then
  // promoted and collected the slow way: keep the young generation at its usual size.
  const nodeFlags = [`--max-old-space-size=${heapMb}`, "--max-semi-space-size=16"];
  const child = spawn(process.execPath, [...nodeFlags, "--import", "tsx", path.join(ROOT, "scripts", "http-server.ts")], {
    cwd: ROOT,
    stdio: "inherit",
    env: process.env,
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/** The first screen: where SIPADU answers, and the address its letters and e-mails will carry. */
function announce(address: string, proxies: string[]) {
  const local = host === "127.0.0.1" || host === "localhost" || host === "::1";
  console.log(
    `[sipadu] serving on http://${host.includes(":") ? `[${host}]` : host}:${port}` +
      (local ? " — this computer only (set HOST=0.0.0.0 to open it to the network)" : ""),
  );
  console.log(`[sipadu] signed letters carry the verification address ${address}/verifikasi/… (QR code and printed link; SIPADU_PUBLIC_URL sets it)`);
  console.log(
    proxies.length
      ? `[sipadu] client addresses from X-Forwarded-For of the trusted proxies ${proxies.join(", ")}`
      : "[sipadu] client addresses from the connection (no SIPADU_TRUSTED_PROXIES: X-Forwarded-For is ignored)",
  );
}

main().catch((error) => {
  console.error(`[sipadu] could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
