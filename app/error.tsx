"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="isi">
      <h1>Terjadi kesalahan</h1>
      <p>Maaf, halaman ini gagal dimuat. Data Anda tidak hilang. Coba muat ulang; bila berulang, hubungi admin SIPADU.</p>
      {error.digest ? <p className="muted mono">Kode: {error.digest}</p> : null}
      <button type="button" onClick={() => reset()}>
        Coba lagi
      </button>
    </main>
  );
}
