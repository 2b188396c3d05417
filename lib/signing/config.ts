// How SIPADU signs (SIPADU_TTE):
// - "demo": certificates from the demo CA in demo/tte, issued on first use
//   for whoever signs; marked as demo wherever the signature is shown;
// - "local": a PKCS#12 file per signer, SIPADU_TTE_DIR/<username>.p12, its
//   passphrase in SIPADU_TTE_DIR/<username>.passphrase or SIPADU_TTE_PASSPHRASE;
// - "remote": a signing service in the shape of BSrE's e-sign API
//   (SIPADU_TTE_URL, SIPADU_TTE_USER/SIPADU_TTE_PASSWORD, SIPADU_TTE_TIMEOUT_MS);
//   the signer types NIK and passphrase for each signature. A letter signed
//   with nobody at the keyboard (step 11) uses the local credential.
import path from "node:path";
import { dataDir } from "@/lib/runtime/data-dir";

export type SigningMode = "demo" | "local" | "remote";

export const DEMO_TTE_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "demo", "tte");
export const DEMO_PASSPHRASE = "demo";

export function signingMode(env: NodeJS.ProcessEnv = process.env): SigningMode {
  const v = (env.SIPADU_TTE ?? "").trim().toLowerCase();
  if (v === "demo" || v === "local" || v === "remote") return v;
  if (v) throw new Error(`SIPADU_TTE=${v}: pilih demo, local atau remote.`);
  // `npm start` (--demo) sets SIPADU_TTE=demo; a demo database without the start script still signs as a demo.
  return env.SIPADU_DEMO_CASES === "1" || env.SIPADU_ALLOW_DEMO_PASSWORDS === "1" ? "demo" : "local";
}

export function localDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.SIPADU_TTE_DIR ? path.resolve(/*turbopackIgnore: true*/ env.SIPADU_TTE_DIR) : path.join(dataDir(env), "tte");
}

export interface RemoteConfig {
  url: string;
  user: string;
  password: string;
  timeoutMs: number;
}

export function remoteConfig(env: NodeJS.ProcessEnv = process.env): RemoteConfig {
  const url = (env.SIPADU_TTE_URL ?? "").trim().replace(/\/+$/, "");
  if (!url) throw new Error("SIPADU_TTE=remote memerlukan SIPADU_TTE_URL (alamat layanan TTE).");
  const timeoutMs = Number(env.SIPADU_TTE_TIMEOUT_MS ?? 10_000);
  return {
    url,
    user: env.SIPADU_TTE_USER ?? "",
    password: env.SIPADU_TTE_PASSWORD ?? "",
    timeoutMs: Number.isFinite(timeoutMs) && timeoutMs > 0 ? timeoutMs : 10_000,
  };
}
