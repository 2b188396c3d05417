// An empty route: what the framework itself costs per request, the floor the
// benchmarks (npm run bench) compare the real pages with. Reads nothing.
export const dynamic = "force-dynamic";

export function GET() {
  return new Response("ok", { headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
