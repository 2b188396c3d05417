// Tells server components which path was requested, so a page that needs a
// session can send the visitor to sign in and bring them back afterwards.
// Not a security boundary (Next.js 16): every page checks the session itself.
import { NextResponse, type NextRequest } from "next/server";

export const REQUEST_PATH_HEADER = "x-sipadu-path";

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  // Always set, never passed through: a client cannot choose it.
  headers.set(REQUEST_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!_next/|api/|favicon.ico).*)"],
};
