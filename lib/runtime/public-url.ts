/** The address users open SIPADU at, for links in e-mails. */
export function publicUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.SIPADU_PUBLIC_URL || env.NEXTAUTH_URL || "http://localhost:3000").replace(/\/+$/, "");
}
