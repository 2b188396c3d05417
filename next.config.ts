import type { NextConfig } from "next";
import { MAX_FORM_REQUEST_BYTES } from "./lib/files/limits";

// Headers every response carries. The Content-Security-Policy (with a nonce
// per response) and no-store on pages come from proxy.ts; the API's answers
// are never cached either. HSTS only takes effect over HTTPS (README,
// "Production"): browsers ignore it on plain HTTP.
const baseHeaders = [
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

// API answers and downloads are data, never pages: nothing in them may run, load or be framed, even if
// a browser were made to render one (proxy.ts gives pages their own policy with a nonce).
const apiHeaders = [
  { key: "Cache-Control", value: "no-store, max-age=0" },
  { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Attachments travel in server actions: up to 25 MB of files plus the form (lib/files/limits.ts). The
  // proxy (proxy.ts) does not see requests with a body; should one reach it, its default of 10 MB would cut
  // the form short before the action could answer with a message under the field: both get the one limit.
  experimental: { serverActions: { bodySizeLimit: MAX_FORM_REQUEST_BYTES }, proxyClientMaxBodySize: MAX_FORM_REQUEST_BYTES },
  reactStrictMode: true,
  async headers() {
    return [
      { source: "/:path*", headers: baseHeaders },
      { source: "/api/:path*", headers: apiHeaders },
    ];
  },
};

export default nextConfig;
