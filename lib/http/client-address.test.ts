import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustedProxies, settleForwardingHeaders } from "./client-address";

describe("the client address", () => {
  const none = parseTrustedProxies(undefined);
  const proxy = parseTrustedProxies("10.0.0.5, 192.168.0.0/16, ::1");

  it("is the socket's address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress("203.0.113.9", "1.2.3.4", none)).toBe("203.0.113.9");
    expect(clientAddress("::ffff:127.0.0.1", "10.77.0.1", none)).toBe("127.0.0.1");
  });

  it("comes from X-Forwarded-For only through a trusted proxy, the nearest untrusted hop", () => {
    expect(clientAddress("10.0.0.5", "198.51.100.7", proxy)).toBe("198.51.100.7");
    // A client's own forged entries sit to the left of what the proxies appended.
    expect(clientAddress("10.0.0.5", "6.6.6.6, 198.51.100.7, 192.168.3.4", proxy)).toBe("198.51.100.7");
    expect(clientAddress("::1", ["198.51.100.7"], proxy)).toBe("198.51.100.7");
    // A proxy that forwards no header: the proxy itself is the client.
    expect(clientAddress("10.0.0.5", undefined, proxy)).toBe("10.0.0.5");
    // Junk is not believed.
    expect(clientAddress("10.0.0.5", "<script>, 198.51.100.7", proxy)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.5", "198.51.100.7, bukan-alamat", proxy)).toBe("10.0.0.5");
  });

  it("refuses a configuration that is not addresses or ranges", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/10\.0\.0\.0\/33/);
    expect(() => parseTrustedProxies("proxy.example")).toThrow(/proxy\.example/);
    expect(parseTrustedProxies(" 127.0.0.1 , ::1 ").entries).toEqual(["127.0.0.1", "::1"]);
  });

  it("leaves Next.js one address, and no forwarding headers a client wrote itself", () => {
    const headers: Record<string, string | undefined> = { "x-forwarded-for": "1.2.3.4", "x-forwarded-host": "evil.example", host: "sipadu.example" };
    expect(settleForwardingHeaders(headers, "203.0.113.9", none)).toBe("203.0.113.9");
    expect(headers).toEqual({ "x-forwarded-for": "203.0.113.9", host: "sipadu.example" });
    const viaProxy: Record<string, string | undefined> = { "x-forwarded-for": "198.51.100.7", "x-forwarded-proto": "https" };
    settleForwardingHeaders(viaProxy, "10.0.0.5", proxy);
    expect(viaProxy).toEqual({ "x-forwarded-for": "198.51.100.7", "x-forwarded-proto": "https" });
  });
});
