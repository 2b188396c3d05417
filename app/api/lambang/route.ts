// The coat of arms as the letterheads show it (public: it is on every letter).
// Cached five minutes: every page header shows it; a replaced one shows soon enough.
import { letterContext } from "@/lib/documents/context";

export const dynamic = "force-dynamic";

export async function GET() {
  const { letterhead } = await letterContext();
  const logo = letterhead.logo!;
  return new Response(Buffer.from(logo.data), {
    headers: { "content-type": logo.type === "jpg" ? "image/jpeg" : "image/png", "x-content-type-options": "nosniff", "cache-control": "public, max-age=300" },
  });
}
