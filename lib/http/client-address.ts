// Which address a request comes from. X-Forwarded-For is written by whoever
// sends the request, so it is believed only from the proxies the operator
// names in SIPADU_TRUSTED_PROXIES (addresses or CIDR ranges, comma-separated;
// default none). Without one the socket's own address is the client: talking
// to the server directly, a client cannot pick a new address per request.
import { BlockList, isIP } from "node:net";

export interface TrustedProxies {
  list: BlockList;
  /** as configured, for the start-up message */
  entries: string[];
}

/** "10.0.0.5, 10.1.0.0/16, ::1" → a BlockList; throws with the entry that is not an address or range. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new BlockList();
  const entries = (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, bits, extra] = entry.split("/");
    const family = isIP(address ?? "");
    const prefix = bits === undefined ? null : Number(bits);
    const max = family === 6 ? 128 : 32;
    if (!family || extra !== undefined || (prefix !== null && (!Number.isInteger(prefix) || prefix < 0 || prefix > max))) {
      throw new Error(`SIPADU_TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    }
    const type = family === 6 ? "ipv6" : "ipv4";
    if (prefix === null) list.addAddress(address!, type);
    else list.addSubnet(address!, prefix, type);
  }
  return { list, entries };
}

/** "::ffff:127.0.0.1" → "127.0.0.1": the form people configure and read. */
export function normaliseAddress(address: string): string {
  const a = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  return mapped ? mapped[1]! : a;
}

function isTrusted(address: string, proxies: TrustedProxies): boolean {
  const family = isIP(address);
  return family !== 0 && proxies.list.check(address, family === 6 ? "ipv6" : "ipv4");
}

/**
 * The client: the socket's address, unless that is a trusted proxy; then the
 * nearest address in X-Forwarded-For (read from the right) that is not one.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, proxies: TrustedProxies): string {
  let client = normaliseAddress(socketAddress ?? "");
  if (!isTrusted(client, proxies)) return client;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",").map(normaliseAddress).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    // Anything that is not an address is not believed: stop at the last proxy that wrote it.
    if (!isIP(hop)) break;
    client = hop;
    if (!isTrusted(hop, proxies)) break;
  }
  return client;
}

/** Headers that only a trusted proxy may set: from anyone else they are removed before Next.js sees them. */
export const PROXY_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"] as const;

/**
 * Rewrites a request's headers in place: X-Forwarded-For becomes the one
 * client address (lib/auth/client-ip.ts reads it), and the other forwarding
 * headers survive only when a trusted proxy sent them.
 */
export function settleForwardingHeaders(
  headers: Record<string, string | string[] | undefined>,
  socketAddress: string | undefined,
  proxies: TrustedProxies,
): string {
  const fromProxy = isTrusted(normaliseAddress(socketAddress ?? ""), proxies);
  const client = clientAddress(socketAddress, headers["x-forwarded-for"], proxies);
  if (!fromProxy) for (const h of PROXY_HEADERS) delete headers[h];
  headers["x-forwarded-for"] = client;
  return client;
}
