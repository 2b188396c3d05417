import Link from "next/link";

/** The portal's name beside the regency's coat of arms, the one the letterheads carry (letter settings). */
export function Brand() {
  return (
    <Link className="brand" href="/">
      {/* eslint-disable-next-line @next/next/no-img-element -- a small image the server serves itself, replaced by the admin */}
      <img src="/api/lambang" alt="" width={30} height={36} className="brand-lambang" />
      <span className="brand-text">
        SIPADU
        <small>Inspektorat Kabupaten Banyumas</small>
      </span>
    </Link>
  );
}
