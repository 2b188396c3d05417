/** "kenari.s@contoh.id" → "k•••@contoh.id": enough to tell addresses apart, not to know whose it is. */
export function maskEmail(address: string | undefined | null): string {
  if (!address) return "—";
  const at = address.lastIndexOf("@");
  if (at <= 0) return "•••";
  return `${address[0]}•••${address.slice(at)}`;
}
