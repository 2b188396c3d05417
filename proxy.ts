// Runs before every page: records which path was requested (so a page that
// needs a session can send the visitor to sign in and bring them back), and
// gives the response its Content-Security-Policy with a fresh nonce, which
// Next.js reads from the request to mark its own scripts. Not a security
// boundary for access (Next.js 16): every page checks the session itself.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/http/csp";
import { REQUEST_PATH_HEADER } from "@/lib/http/request-path";

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
  matcher: [
    {
      source: "/((?!_next/static|_next/image|api/|icon.svg|favicon.ico).*)",
      // Only requests without a body. For a request with one, Next.js copies the body into memory for the
      // proxy (up to proxyClientMaxBodySize, reading and dropping the rest): every form post would be held
      // twice, and anyone could make the server hold 27 MB per request with a POST to any page. Form posts
      // are server actions, whose answers are not pages: they need no nonce. scripts/http-server.ts gives
      // them the request path instead.
      missing: [
        { type: "header", key: "content-length" },
        { type: "header", key: "transfer-encoding" },
      ],
    },
  ],
};
