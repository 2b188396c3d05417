// The current code of the demo accounts' shared two-step secret, so the quick
// start works without a phone. Not found unless demo passwords are allowed,
// i.e. never on a production server.
import { NextResponse } from "next/server";
import { demoPasswordsAllowed } from "@/lib/auth/password";
import { demoTotpCode } from "@/lib/auth/demo-two-factor";

export const dynamic = "force-dynamic";

export function GET() {
  if (!demoPasswordsAllowed()) return NextResponse.json({ error: "Tidak ditemukan." }, { status: 404 });
  const now = Date.now();
  return NextResponse.json(
    { code: demoTotpCode(new Date(now)), secondsLeft: 30 - (Math.floor(now / 1000) % 30) },
    { headers: { "Cache-Control": "no-store" } },
  );
}
