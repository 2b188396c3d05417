// Lapak Aduan pushes a ticket here (contract: docs/lapak-aduan.md).
//   201 {caseId, registerNumber}   a new case
//   200 {caseId, registerNumber}   the ticket was received before: the same case
//   401                            unknown key or wrong signature: nothing stored
//   413 / 422                      too large / invalid body, with field errors
import { db } from "@/lib/db";
import { DomainError, ValidationError } from "@/lib/errors";
import { apiKeyFor } from "@/lib/intake/api-keys";
import { verifySignature } from "@/lib/intake/hmac";
import { assertJsonObject, receiveTicket } from "@/lib/intake/lapak-aduan";
import { refuseCrossOrigin } from "@/lib/http/origin";

export const dynamic = "force-dynamic";

/** 25 MB of files as base64 (×4/3) and the text around them. */
const MAX_BODY_BYTES = 36 * 1024 * 1024;

const json = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { "cache-control": "no-store" } });

export async function POST(request: Request) {
  // Lapak Aduan's server sends no Origin; a browser on another site does.
  const crossOrigin = refuseCrossOrigin(request);
  if (crossOrigin) return crossOrigin;
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) return json(413, { error: "Permintaan terlalu besar." });
  const body = new Uint8Array(await request.arrayBuffer());
  if (body.length > MAX_BODY_BYTES) return json(413, { error: "Permintaan terlalu besar." });

  const key = await apiKeyFor(request.headers.get("x-api-key"));
  if (!key || !verifySignature(key.secret, body, request.headers.get("x-signature"))) {
    return json(401, { error: "Kunci API atau tanda tangan tidak sah." });
  }
  await db.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });

  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(body));
  } catch {
    return json(422, { error: "Isi permintaan bukan JSON yang sah.", fieldErrors: {} });
  }
  try {
    const result = await receiveTicket(assertJsonObject(parsed));
    return json(result.created ? 201 : 200, { caseId: result.caseId, registerNumber: result.registerNumber });
  } catch (error) {
    if (error instanceof ValidationError) return json(422, { error: error.message, fieldErrors: error.fieldErrors });
    if (error instanceof DomainError) return json(422, { error: error.message, fieldErrors: error.fieldErrors });
    console.error("[lapak-aduan] intake failed", error);
    return json(500, { error: "Kesalahan pada SIPADU; kirim ulang nanti." });
  }
}
