"use client";
// When even the root layout fails: a page of its own, in Indonesian, with the
// reference the server log carries (instrumentation.ts) and nothing else.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="id">
      <body>
        <main id="isi" style={{ maxWidth: "40rem", margin: "3rem auto", padding: "0 1rem", fontFamily: "system-ui, sans-serif" }}>
          <h1>Terjadi kesalahan</h1>
          <p>Maaf, SIPADU gagal memuat halaman ini. Data Anda tidak hilang. Coba muat ulang; bila berulang, hubungi admin SIPADU dengan kode di bawah.</p>
          {error.digest ? <p style={{ fontFamily: "monospace" }}>Kode: {error.digest}</p> : null}
          <button type="button" onClick={() => reset()}>
            Coba lagi
          </button>
        </main>
      </body>
    </html>
  );
}
