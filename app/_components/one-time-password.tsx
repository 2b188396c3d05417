// A one-time password, shown once to whoever hands it over (the admin, or the
// Inspektur for an identity role): never stored readable, never sent by e-mail.
export function OneTimePasswordPanel({ username, code }: { username: string; code: string }) {
  return (
    <section className="receipt" aria-labelledby="kode-sekali-pakai" data-testid="one-time-password-panel">
      <h2 id="kode-sekali-pakai" style={{ marginTop: 0 }}>
        Kata sandi sekali pakai
      </h2>
      <dl className="facts">
        <dt>Nama pengguna</dt>
        <dd className="mono">{username}</dd>
        <dt>Kata sandi sekali pakai</dt>
        <dd className="code" data-testid="one-time-password">
          {code}
        </dd>
      </dl>
      <p>
        Sampaikan langsung kepada pemilik akun. Kata sandi ini berlaku 3 hari dan wajib diganti saat pertama kali masuk; ia hanya ditampilkan{" "}
        <strong>sekali ini</strong>.
      </p>
    </section>
  );
}
