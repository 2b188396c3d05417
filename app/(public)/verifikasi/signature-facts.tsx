// The electronic signature of a PDF as the verification page states it.
export interface SignatureFactsProps {
  signer: string;
  issuer: string;
  signedAt: string;
  /** "ya": intact; "ditambah": signed part intact but bytes added after; "tidak": changed */
  intact: string;
  demo: boolean;
  trusted: boolean;
}

export function intactText(intact: string): string {
  if (intact === "ya") return "Utuh: tidak ada yang berubah sejak ditandatangani.";
  if (intact === "ditambah") return "Bagian yang ditandatangani utuh, tetapi ada tambahan sesudah ditandatangani.";
  return "RUSAK: isi berkas berubah sesudah ditandatangani.";
}

export function SignatureFacts(p: SignatureFactsProps) {
  return (
    <dl className="facts" data-testid="signature-facts">
      <dt>Ditandatangani secara elektronik oleh</dt>
      <dd data-testid="sig-signer">{p.signer}</dd>
      <dt>Penerbit sertifikat</dt>
      <dd data-testid="sig-issuer">
        {p.issuer}
        {p.demo ? (
          <strong className="badge warn" data-testid="sig-demo">
            {" "}
            SERTIFIKAT DEMO — bukan tanda tangan elektronik yang sah
          </strong>
        ) : p.trusted ? null : (
          <span className="muted"> (bukan penerbit yang dikenal SIPADU)</span>
        )}
      </dd>
      <dt>Waktu penandatanganan</dt>
      <dd>{p.signedAt || "—"}</dd>
      <dt>Keutuhan</dt>
      <dd data-testid="sig-intact">{intactText(p.intact)}</dd>
    </dl>
  );
}
