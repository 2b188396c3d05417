// An empty page in the public layout: what any public page costs before its
// own work (proxy, CSP nonce, layouts), the floor `npm run bench` compares
// the tracking pages with. Nothing links here.
import type { Metadata } from "next";

export const metadata: Metadata = { title: "Halaman kosong", robots: { index: false } };
export const dynamic = "force-dynamic";

export default function EmptyPage() {
  return <p className="muted">Halaman ini sengaja kosong.</p>;
}
