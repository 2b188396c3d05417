// The client address for throttling and the sign-in record. Next.js sets
// X-Forwarded-For to the socket's address when the request has none; behind a
// reverse proxy, the proxy must overwrite (not append to) the header.
export function clientIpFrom(headers: { get(name: string): string | null } | Record<string, unknown>): string {
  const raw =
    typeof (headers as { get?: unknown }).get === "function"
      ? (headers as { get(name: string): string | null }).get("x-forwarded-for")
      : ((headers as Record<string, unknown>)["x-forwarded-for"] as string | undefined);
  const last = String(raw ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .pop();
  // Keep what is stored small and printable whatever a client sends.
  const cleaned = (last ?? "").replace(/[^0-9a-fA-F:.]/g, "").slice(0, 45);
  return cleaned || "tidak-diketahui";
}
