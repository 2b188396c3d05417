import { describe, expect, it } from "vitest";
import { BodyTooLarge, isJson, readBodyCapped } from "./body";

/** A body streamed in chunks with no Content-Length, counting how much of it was pulled. */
function streamed(chunks: number, chunkSize: number) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(chunkSize));
    },
  });
  const request = new Request("http://x/", { method: "POST", body, duplex: "half" } as RequestInit);
  return { request, pulled: () => pulled };
}

describe("readBodyCapped", () => {
  it("reads a body within the cap", async () => {
    const r = new Request("http://x/", { method: "POST", body: "halo" });
    expect(new TextDecoder().decode(await readBodyCapped(r, 10))).toBe("halo");
  });

  it("refuses a declared length over the cap before reading anything", async () => {
    const { request, pulled } = streamed(1000, 1024);
    const r = new Request(request, { headers: { "content-length": String(1000 * 1024) } });
    await expect(readBodyCapped(r, 4096)).rejects.toBeInstanceOf(BodyTooLarge);
    // What the stream buffered by itself, nothing more.
    expect(pulled()).toBeLessThanOrEqual(2);
  });

  it("stops reading a chunked body at the cap (1 000 MB of zeros are never read)", async () => {
    const { request, pulled } = streamed(1_000_000, 1024);
    await expect(readBodyCapped(request, 64 * 1024)).rejects.toBeInstanceOf(BodyTooLarge);
    expect(pulled()).toBeLessThan(200);
  });

  it("knows JSON by its content type", () => {
    const r = (t: string) => new Request("http://x/", { method: "POST", headers: { "content-type": t }, body: "{}" });
    expect(isJson(r("application/json; charset=utf-8"))).toBe(true);
    expect(isJson(r("text/plain"))).toBe(false);
  });
});
