import type { NextConfig } from "next";

// Headers every response carries; the full policy (CSP with nonces, HSTS) is
// the security issue's. Staff and tracking pages must never be cached.
const baseHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const noStore = [{ key: "Cache-Control", value: "no-store, max-age=0" }];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Attachments travel in server actions: up to 25 MB of files plus the form.
  experimental: { serverActions: { bodySizeLimit: "27mb" } },
  reactStrictMode: true,
  async headers() {
    return [
      { source: "/:path*", headers: baseHeaders },
      { source: "/(aduan|admin|akun|dasbor|masuk|lacak|lapor|wbs|kotak-keluar)(.*)", headers: noStore },
      { source: "/api/:path*", headers: noStore },
    ];
  },
};

export default nextConfig;
