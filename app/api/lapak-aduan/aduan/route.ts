// Lapak Aduan pushes a ticket here (contract: docs/lapak-aduan.md).
//   201 {caseId, registerNumber}   a new case
//   200 {caseId, registerNumber}   the ticket was received before: the same case
//   401                            unknown key or wrong signature: nothing stored
//   413 / 415 / 422                too large / not JSON / invalid body, with field errors
// Who is asking is settled from the headers before the body is read, and the
// body is read only up to its limit: nobody without a key can make the server
// hold a large body in memory.
import { DomainError, ValidationError } from "@/lib/errors";
import { MAX_LAPAK_REQUEST_BYTES, megabytes } from "@/lib/files/limits";
import { BodyTooLarge, isJson, readBodyCapped } from "@/lib/http/body";
import { apiKeyFor, markApiKeyUsed } from "@/lib/intake/api-keys";
import { verifySignature, wellFormedSignature } from "@/lib/crypto/hmac";
import { assertJsonObject, receiveTicket } from "@/lib/intake/lapak-aduan";
import { refuseCrossOrigin } from "@/lib/http/origin";

export const dynamic = "force-dynamic";

const json = (status: number, body: unknown) => Response.json(body, { status, headers: { "cache-control": "no-store" } });
const unauthorised = () => json(401, { error: "Kunci API atau tanda tangan tidak sah." });
const tooLarge = () => json(413, { error: `Permintaan terlalu besar: paling banyak ${megabytes(MAX_LAPAK_REQUEST_BYTES)}.` });

export async function POST(request: Request) {
  // Lapak Aduan's server sends no Origin; a browser on another site does.
  const crossOrigin = refuseCrossOrigin(request);
  if (crossOrigin) return crossOrigin;
  if (!isJson(request)) return json(415, { error: "Isi permintaan harus JSON (Content-Type: application/json)." });
  const signatureHeader = request.headers.get("x-signature");
  if (!wellFormedSignature(signatureHeader)) return unauthorised();
  const key = await apiKeyFor(request.headers.get("x-api-key"));
  if (!key) return unauthorised();

  let body: Uint8Array;
  try {
    body = await readBodyCapped(request, MAX_LAPAK_REQUEST_BYTES);
  } catch (e) {
    if (e instanceof BodyTooLarge) return tooLarge();
    throw e;
  }
  if (!verifySignature(key.secret, body, signatureHeader)) return unauthorised();
  await markApiKeyUsed(key.id);

  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
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
