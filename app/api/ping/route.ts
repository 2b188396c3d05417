// An empty route: what the framework itself costs per request, the floor the
// benchmarks (npm run bench) compare the real pages with. Reads nothing; exists
// only on a server the benchmark started.
import { benchRoutesEnabled } from "@/lib/runtime/bench-routes";

export const dynamic = "force-dynamic";

export function GET() {
  if (!benchRoutesEnabled()) return new Response("Halaman tidak ditemukan.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response("ok", { headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
