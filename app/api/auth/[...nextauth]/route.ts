import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { refuseCrossOrigin } from "@/lib/http/origin";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/** Sign-in and sign-out are posted only from SIPADU's own pages. */
async function post(request: Request, context: Context) {
  return refuseCrossOrigin(request) ?? handler(request, context);
}

export { handler as GET, post as POST };
