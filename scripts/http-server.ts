// The HTTP server in front of the Next.js app (what `npm start` and `npm run
// serve` run): the same as `next start`, except that each request's client
// address is settled from the socket before Next.js sees it
// (lib/http/client-address.ts). `next start` would keep any X-Forwarded-For a
// client sent, and the per-client limits would count whatever it says.
//   node --import tsx scripts/http-server.ts      (PORT, HOST, SIPADU_TRUSTED_PROXIES)
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { parseTrustedProxies, settleForwardingHeaders } from "@/lib/http/client-address";
import { REQUEST_PATH_HEADER } from "@/lib/http/request-path";

const ROOT = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || "0.0.0.0";
const proxies = parseTrustedProxies(process.env.SIPADU_TRUSTED_PROXIES);

const app = next({ dev: false, dir: ROOT, hostname: host, port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  settleForwardingHeaders(req.headers, req.socket.remoteAddress, proxies);
  // The path the request asked for (lib/auth/session.ts requestPath), for the requests proxy.ts does not see
  // (those with a body); always set here, never what a client sent.
  req.headers[REQUEST_PATH_HEADER] = req.url ?? "/";
  handle(req, res).catch((error: unknown) => {
    console.error("[sipadu] request failed", error);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    res.end("Terjadi kesalahan pada sistem.");
  });
});
// Behind a load balancer that reuses connections, keep them open a little longer than it does (as next start).
server.keepAliveTimeout = 65_000;
server.listen(port, host, () => {
  console.log(`[sipadu] listening on ${host}:${port}`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
