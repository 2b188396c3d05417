import Link from "next/link";

export function Brand() {
  return (
    <Link className="brand" href="/">
      SIPADU
      <small>Inspektorat Kabupaten Banyumas</small>
    </Link>
  );
}
