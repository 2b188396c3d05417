// The address users open SIPADU at: printed on every signed letter (its QR
// code and verification link, frozen into the file) and used in e-mails.

type Env = Readonly<Record<string, string | undefined>>;

/** SIPADU_PUBLIC_URL, else NEXTAUTH_URL, without a trailing slash. */
export function publicUrl(env: Env = process.env): string {
  return (env.SIPADU_PUBLIC_URL || env.NEXTAUTH_URL || "http://localhost:3000").replace(/\/+$/, "");
}

const LOCAL_HOST = /^(localhost|127(\.\d+){3}|\[::1\]|0\.0\.0\.0)$/i;

/**
 * The address letters will carry, checked before a server starts. A
 * production server refuses to start with one that is not public HTTPS (a
 * letter signed today would point at localhost for good), unless
 * SIPADU_ALLOW_INSECURE_PUBLIC_URL=1 says that is meant (a test installation).
 */
export function checkPublicAddress(env: Env, demo: boolean): string {
  const address = publicUrl(env);
  if (demo || env.SIPADU_ALLOW_INSECURE_PUBLIC_URL === "1") return address;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new Error(`SIPADU_PUBLIC_URL / NEXTAUTH_URL "${address}" is not an address`);
  }
  if (url.protocol !== "https:" || LOCAL_HOST.test(url.hostname)) {
    throw new Error(
      `signed letters would carry the verification address ${address}/verifikasi/…, which citizens cannot open. ` +
        "Set SIPADU_PUBLIC_URL (or NEXTAUTH_URL) to the public https:// address of this installation, " +
        "or SIPADU_ALLOW_INSECURE_PUBLIC_URL=1 for a test installation.",
    );
  }
  return address;
}
