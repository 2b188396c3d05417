// A request that changes something must come from SIPADU's own pages or from a
// client that is no browser. Browsers say where a request comes from (Origin,
// Sec-Fetch-Site); a cross-site or an opaque ("null") origin is refused.
// Server actions have the same check built into Next.js (e2e/security.spec.ts
// proves it); this one guards the mutating route handlers.

export function crossOriginReason(request: Request): string | null {
  const site = request.headers.get("sec-fetch-site");
  if (site === "cross-site") return "permintaan dari situs lain";
  const origin = request.headers.get("origin");
  if (origin === null) return null; // not a browser's cross-origin request (curl, Lapak Aduan's server)
  if (origin === "null") return "asal permintaan tersembunyi (Origin: null)";
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return "asal permintaan tidak sah";
  }
  const own = [request.headers.get("x-forwarded-host"), request.headers.get("host"), hostOf(process.env.NEXTAUTH_URL), hostOf(process.env.SIPADU_PUBLIC_URL)];
  return own.includes(host) ? null : "permintaan dari situs lain";
}

function hostOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).host : null;
  } catch {
    return null;
  }
}

/** 403 with the reason, or null when the request may go on. */
export function refuseCrossOrigin(request: Request): Response | null {
  const reason = crossOriginReason(request);
  if (!reason) return null;
  return new Response(`Ditolak: ${reason}.`, { status: 403, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
