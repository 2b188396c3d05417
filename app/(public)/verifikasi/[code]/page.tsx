import type { Metadata } from "next";
import Link from "next/link";
import { DOCUMENT_LABELS } from "@/lib/documents/build";
import { verificationRecord } from "@/lib/documents/verify";
import { formatCivilDate, formatDateTime } from "@/lib/format/dates";
import { TEAM_ROLE_NAMES } from "@/templates/common";
import { CheckFileForm } from "../check-form";
import { SignatureFacts } from "../signature-facts";

export const metadata: Metadata = { title: "Verifikasi dokumen" };

export default async function VerifyPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const record = await verificationRecord(decodeURIComponent(code).slice(0, 40));
  if (!record) {
    return (
      <>
        <h1>Verifikasi dokumen</h1>
        <div className="notice error" role="status" data-testid="verification">
          <strong>TIDAK DIKENAL.</strong> Tidak ada dokumen resmi Inspektorat Kabupaten Banyumas dengan kode ini. Dokumen yang memuat kode ini tidak dapat
          dipastikan keasliannya.
        </div>
        <p>
          <Link href="/verifikasi">Periksa kode lain</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Verifikasi dokumen</h1>
      <div className="notice ok" role="status" data-testid="verification">
        <strong>ASLI.</strong> Dokumen dengan kode <span className="mono">{record.code}</span> diterbitkan dan ditandatangani melalui SIPADU, Inspektorat
        Kabupaten Banyumas.
      </div>
      <section className="card">
        <dl className="facts">
          <dt>Jenis</dt>
          <dd>{DOCUMENT_LABELS[record.type]}</dd>
          <dt>Nomor</dt>
          <dd data-testid="verified-number">{record.number ?? "—"}</dd>
          <dt>Ditandatangani</dt>
          <dd>{formatDateTime(record.signedAt)}</dd>
          <dt>Penanda tangan</dt>
          <dd>
            {record.signer}
            {record.signerTitle ? `, ${record.signerTitle}` : ""}
          </dd>
          {record.spt ? (
            <>
              <dt>Masa tugas</dt>
              <dd data-testid="spt-period">
                {formatCivilDate(record.spt.startOn)} s.d. {formatCivilDate(record.spt.endOn)}
              </dd>
              {record.spt.opd ? (
                <>
                  <dt>Objek</dt>
                  <dd>{record.spt.opd}</dd>
                </>
              ) : null}
              <dt>Tim</dt>
              <dd>
                <ol data-testid="spt-team" style={{ margin: 0, paddingLeft: "1.25rem" }}>
                  {record.spt.team.map((m, i) => (
                    <li key={i}>
                      {m.name} — {TEAM_ROLE_NAMES[m.teamRole] ?? m.teamRole}
                    </li>
                  ))}
                </ol>
              </dd>
            </>
          ) : null}
          <dt>SHA-256 PDF</dt>
          <dd className="mono" style={{ wordBreak: "break-all" }}>
            {record.pdfSha256}
          </dd>
          <dt>SHA-256 DOCX</dt>
          <dd className="mono" style={{ wordBreak: "break-all" }}>
            {record.docxSha256}
          </dd>
        </dl>
      </section>
      {record.signature ? (
        <section className="card" aria-labelledby="tte">
          <h2 id="tte" style={{ marginTop: 0 }}>
            Tanda tangan elektronik pada PDF
          </h2>
          <SignatureFacts
            signer={record.signature.signerName}
            issuer={record.signature.issuerName}
            signedAt={record.signature.signingTime ? formatDateTime(record.signature.signingTime) : ""}
            intact={record.signature.signatureValid && record.signature.coversWholeFile ? "ya" : record.signature.signatureValid ? "ditambah" : "tidak"}
            demo={record.signature.demo}
            trusted={record.signature.trusted}
          />
          <p className="muted">DOCX adalah salinan yang dapat disunting dan tidak bertanda tangan elektronik; pegangan resmi adalah PDF.</p>
        </section>
      ) : null}
      <p className="muted">Isi dokumen tidak ditampilkan di sini. Bandingkan berkas yang Anda pegang dengan yang ditandatangani:</p>
      <CheckFileForm code={record.code} />
    </>
  );
}
