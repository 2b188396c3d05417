import Link from "next/link";

export default function NotFound() {
  return (
    <main id="isi">
      <h1>Halaman tidak ditemukan</h1>
      <p>Halaman yang Anda cari tidak ada, sudah dipindahkan, atau tidak tersedia untuk akun Anda.</p>
      <p>
        <Link href="/">Kembali ke beranda</Link>
      </p>
    </main>
  );
}
