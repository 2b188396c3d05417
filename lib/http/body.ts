// Reading a request body with a hard cap: a declared Content-Length over the
// cap is refused before anything is read, and a body sent without one (or
// lying about it) is read only up to the cap, then dropped. A route never
// holds more than the cap in memory, whatever a client streams at it.

export class BodyTooLarge extends Error {
  constructor(public readonly limit: number) {
    super(`request body over ${limit} bytes`);
  }
}

/** The body, at most `limit` bytes; throws BodyTooLarge past that. */
export async function readBodyCapped(request: Request, limit: number): Promise<Uint8Array> {
  const declared = request.headers.get("content-length");
  if (declared !== null && (!/^\d+$/.test(declared) || Number(declared) > limit)) throw new BodyTooLarge(limit);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Stop reading: the rest of the upload is not wanted.
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLarge(limit);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Whether the request says its body is JSON (`application/json`, any parameters). */
export function isJson(request: Request): boolean {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  return type === "application/json";
}
