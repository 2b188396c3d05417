// next-auth: staff sign in with NIP or username and password; the session is
// a JWT naming the user, the StaffSession row and the user's session version,
// all three checked against the database on every request (session.ts).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret } from "@/lib/runtime/secrets";
import { clientIpFrom } from "./client-ip";
import { endSession } from "./sessions";
import { SESSION_MAX_AGE_S, signIn } from "./sign-in";

export const authOptions: NextAuthOptions = {
  // A getter: the secret is read (or generated) when a request needs it, not at build time.
  get secret() {
    return authSecret();
  },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  // Cookies are HttpOnly and SameSite=Lax (next-auth's defaults); Secure, with the __Secure- prefix, whenever SIPADU is served over HTTPS.
  get useSecureCookies() {
    return (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
  },
  jwt: { maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/masuk", error: "/masuk" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "SIPADU",
      credentials: {
        login: { label: "NIP atau nama pengguna", type: "text" },
        password: { label: "Kata sandi", type: "password" },
        code: { label: "Kode verifikasi", type: "text" },
      },
      async authorize(credentials, req) {
        const headers = (req?.headers ?? {}) as Record<string, string>;
        const result = await signIn(
          { login: credentials?.login, password: credentials?.password, code: credentials?.code || undefined },
          { ip: clientIpFrom(headers), userAgent: headers["user-agent"] ?? null },
        );
        // next-auth hands the message of a thrown error to the sign-in page.
        if (!result.ok) throw new Error(result.retryAfter ? `${result.code}:${result.retryAfter}` : result.code);
        return { id: result.userId, role: result.role, sid: result.sessionId, sv: result.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sid = user.sid;
        token.sv = user.sv;
        token.role = user.role;
      }
      return token;
    },
    // Only what the server needs to find the session; nothing personal.
    session({ session, token }) {
      return { expires: session.expires, uid: token.uid, sid: token.sid, sv: token.sv };
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sid) await endSession(token.sid, "KELUAR");
    },
  },
};
