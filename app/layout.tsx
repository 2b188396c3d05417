import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "SIPADU — Inspektorat Kabupaten Banyumas", template: "%s · SIPADU" },
  description: "Sistem Informasi Penanganan Pengaduan Masyarakat, Inspektorat Kabupaten Banyumas.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Reading the request makes every page render per request, so each gets the nonce of its CSP (proxy.ts).
  await headers();
  return (
    <html lang="id">
      <body>
        <a className="skip-link" href="#isi">
          Langsung ke isi
        </a>
        {children}
      </body>
    </html>
  );
}
