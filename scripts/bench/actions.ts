// Calling the public forms' server actions over HTTP as the browser does:
// the action's id from the build's manifest, the arguments as React encodes
// them for a form with useActionState (the previous state, then the form's
// fields under the "1_" prefix), a Next-Action header.
import { readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

export function actionId(file: string, name: string): string {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const hit = Object.entries(manifest.node).find(([, v]) => v.exportedName === name && v.filename === file);
  if (!hit) throw new Error(`server action ${name} of ${file} is not in the build (npm run build)`);
  return hit[0];
}

/**
 * The multipart body, encoded once: the load generator shares the server's two
 * cores, and building a FormData per request would take its CPU from the server.
 */
const BOUNDARY = "----sipadu-bench-3f9a7c";
export function actionBody(fields: Record<string, string>): string {
  const parts: [string, string][] = Object.entries(fields).map(([k, v]): [string, string] => [`_1_${k}`, v]);
  parts.push(["0", JSON.stringify([{ status: "idle" }, "$K1"])]);
  return `${parts.map(([k, v]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join("")}--${BOUNDARY}--\r\n`;
}

const bodies = new Map<string, string>();

/** POSTs the action to `page`; the RSC answer's text and the cookies it set. */
export async function callAction(base: string, page: string, id: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  const key = JSON.stringify(fields);
  let body = bodies.get(key);
  if (!body) {
    body = actionBody(fields);
    if (bodies.size < 10_000) bodies.set(key, body);
  }
  const res = await fetch(`${base}${page}`, {
    method: "POST",
    headers: { "next-action": id, accept: "text/x-component", origin: base, "content-type": `multipart/form-data; boundary=${BOUNDARY}`, ...headers },
    body,
    redirect: "manual",
  });
  const text = await res.text();
  return { status: res.status, text, cookies: res.headers.getSetCookie().map((c) => c.split(";")[0]!) };
}

/** The public complaint form's fields, as the browser sends them; `extra` for identity fields. */
export function complaintFields(title: string, opdId: string, extra: Record<string, string> = { confidentiality: "ANONIM" }): Record<string, string> {
  return {
    ...extra,
    title,
    description: "Uraian aduan uji beban.",
    reportedParty: "Petugas loket",
    opdId,
    location: "Purwokerto",
    occurredAt: "Pekan lalu",
    reason: "",
    manner: "",
    evidenceSummary: "",
    persetujuan: "on",
    website: "",
  };
}

/** A distinct client address per request, so per-client limits measure nothing but themselves. */
export const clientAddress = (n: number) => `10.${100 + ((n >> 16) & 127)}.${(n >> 8) & 255}.${n & 255}`;
