// Runs before every page: records which path was requested (so a page that
// needs a session can send the visitor to sign in and bring them back), and
// gives the response its Content-Security-Policy with a fresh nonce, which
// Next.js reads from the request to mark its own scripts. Not a security
// boundary for access (Next.js 16): every page checks the session itself.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/http/csp";

export const REQUEST_PATH_HEADER = "x-sipadu-path";

export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  // Always set, never passed through: a client cannot choose them.
  headers.set(REQUEST_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  // Pages carry names, cases and sessions: never kept by a browser or a proxy.
  response.headers.set("cache-control", "no-store, max-age=0");
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|api/|icon.svg|favicon.ico).*)"],
};
