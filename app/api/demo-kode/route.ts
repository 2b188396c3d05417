// The code of the demo accounts' shared two-step secret that works now, so the
// quick start works without a phone: the current one, or the next when the
// current one was just used for that account. Not found unless demo passwords
// are allowed, i.e. never on a production server.
import { NextResponse } from "next/server";
import { demoPasswordsAllowed } from "@/lib/auth/password";
import { demoCodeFor } from "@/lib/auth/demo-code";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  if (!demoPasswordsAllowed()) return NextResponse.json({ error: "Tidak ditemukan." }, { status: 404 });
  const login = new URL(request.url).searchParams.get("akun");
  return NextResponse.json(await demoCodeFor(login && login.length <= 64 ? login.trim().toLowerCase() : null), { headers: { "Cache-Control": "no-store" } });
}
