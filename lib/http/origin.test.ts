import { afterEach, describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { contentSecurityPolicy, newNonce } from "./csp";
import { crossOriginReason } from "./origin";

const req = (headers: Record<string, string>) =>
  new Request("http://127.0.0.1:3000/api/x", { method: "POST", headers: { host: "127.0.0.1:3000", ...headers } });

describe("cross-origin requests", () => {
  it("lets same-origin browsers and clients without an Origin through", () => {
    expect(crossOriginReason(req({ origin: "http://127.0.0.1:3000" }))).toBeNull();
    expect(crossOriginReason(req({}))).toBeNull();
    expect(crossOriginReason(req({ origin: "https://sipadu.example", "x-forwarded-host": "sipadu.example" }))).toBeNull();
  });

  it("refuses another site, an opaque origin and a malformed one", () => {
    expect(crossOriginReason(req({ origin: "https://jahat.example" }))).toBe("permintaan dari situs lain");
    expect(crossOriginReason(req({ origin: "null" }))).toBe("asal permintaan tersembunyi (Origin: null)");
    expect(crossOriginReason(req({ origin: "::" }))).toBe("asal permintaan tidak sah");
    expect(crossOriginReason(req({ "sec-fetch-site": "cross-site" }))).toBe("permintaan dari situs lain");
  });
});

describe("content security policy", () => {
  it("allows nothing from elsewhere: no plugins, no <base>, no framing, scripts by nonce", () => {
    const nonce = newNonce();
    const csp = contentSecurityPolicy(nonce, false);
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", `'nonce-${nonce}'`])
      expect(csp).toContain(directive);
    expect(csp).not.toContain("unsafe-eval");
    expect(newNonce()).not.toBe(nonce);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("session cookies", () => {
  const url = process.env.NEXTAUTH_URL;
  afterEach(() => {
    if (url === undefined) delete process.env.NEXTAUTH_URL;
    else process.env.NEXTAUTH_URL = url;
  });

  it("are Secure behind HTTPS, and not on plain HTTP (where browsers would drop them)", () => {
    process.env.NEXTAUTH_URL = "https://sipadu.banyumaskab.go.id";
    expect(authOptions.useSecureCookies).toBe(true);
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    expect(authOptions.useSecureCookies).toBe(false);
  });
});
