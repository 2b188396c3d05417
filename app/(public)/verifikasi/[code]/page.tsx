import type { Metadata } from "next";
import Link from "next/link";
import { DOCUMENT_LABELS } from "@/lib/documents/build";
import { verificationRecord } from "@/lib/documents/verify";
import { formatDateTime } from "@/lib/format/dates";
import { CheckFileForm } from "../check-form";

export const metadata: Metadata = { title: "Verifikasi dokumen" };

export default async function VerifyPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const record = await verificationRecord(decodeURIComponent(code).slice(0, 40));
  if (!record) {
    return (
      <>
        <h1>Verifikasi dokumen</h1>
        <div className="notice error" role="status" data-testid="verification">
          <strong>TIDAK DIKENAL.</strong> Tidak ada dokumen resmi Inspektorat Kabupaten Banyumas dengan kode ini. Dokumen yang memuat kode ini
          tidak dapat dipastikan keasliannya.
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
        <strong>ASLI.</strong> Dokumen dengan kode <span className="mono">{record.code}</span> diterbitkan dan ditandatangani melalui SIPADU,
        Inspektorat Kabupaten Banyumas.
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
          <dt>SHA-256 PDF</dt>
          <dd className="mono" style={{ wordBreak: "break-all" }}>{record.pdfSha256}</dd>
          <dt>SHA-256 DOCX</dt>
          <dd className="mono" style={{ wordBreak: "break-all" }}>{record.docxSha256}</dd>
        </dl>
      </section>
      <p className="muted">Isi dokumen tidak ditampilkan di sini. Bandingkan berkas yang Anda pegang dengan yang ditandatangani:</p>
      <CheckFileForm code={record.code} />
    </>
  );
}
