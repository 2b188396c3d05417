import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { MAX_SIGN_IN_REQUEST_BYTES } from "@/lib/files/limits";
import { BodyTooLarge, readBodyCapped } from "@/lib/http/body";
import { refuseCrossOrigin } from "@/lib/http/origin";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * Sign-in and sign-out are posted only from SIPADU's own pages, and are
 * small: the body is read up to its limit before next-auth (which would read
 * any size) sees it.
 */
async function post(request: NextRequest, context: Context) {
  const crossOrigin = refuseCrossOrigin(request);
  if (crossOrigin) return crossOrigin;
  let body: Uint8Array;
  try {
    body = await readBodyCapped(request, MAX_SIGN_IN_REQUEST_BYTES);
  } catch (e) {
    if (e instanceof BodyTooLarge) return Response.json({ error: "Permintaan terlalu besar." }, { status: 413 });
    throw e;
  }
  const bounded = new NextRequest(request.url, { method: "POST", headers: request.headers, body: new Uint8Array(body) });
  return handler(bounded, context);
}

export { handler as GET, post as POST };
