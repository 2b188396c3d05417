// An empty page in the public layout: what any public page costs before its
// own work (proxy, CSP nonce, layouts), the floor `npm run bench` compares
// the tracking pages with. Nothing links here; it exists only on a server the
// benchmark started.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { benchRoutesEnabled } from "@/lib/runtime/bench-routes";

export const metadata: Metadata = { title: "Halaman kosong", robots: { index: false } };
export const dynamic = "force-dynamic";

export default function EmptyPage() {
  if (!benchRoutesEnabled()) notFound();
  return <p className="muted">Halaman ini sengaja kosong.</p>;
}
