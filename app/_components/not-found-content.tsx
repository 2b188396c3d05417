import Link from "next/link";

/** What every "not found" says; the page around it decides where <main> is. */
export function NotFoundContent({ home = "/" }: { home?: string }) {
  return (
    <>
      <h1>Halaman tidak ditemukan</h1>
      <p>Halaman yang Anda cari tidak ada, sudah dipindahkan, atau tidak tersedia untuk akun Anda.</p>
      <p>
        <Link href={home}>{home === "/" ? "Kembali ke beranda" : "Kembali ke halaman utama"}</Link>
      </p>
    </>
  );
}
