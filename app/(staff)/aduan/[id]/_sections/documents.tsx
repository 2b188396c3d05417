import { CaseSection } from "./case-section";
import { DOCUMENT_LABELS } from "@/lib/documents/build";
import { formatDateTime } from "@/lib/format/dates";
import type { CaseView } from "@/lib/workflow/case-view";

function Links({ href, preview }: { href: string; preview?: boolean }) {
  const sep = href.includes("?") ? "&" : "?";
  return (
    <span className="actions" style={{ margin: ".25rem 0" }}>
      {preview ? (
        <a href={`${href}${sep}format=pdf&lihat=1`} target="_blank" rel="noopener">
          Pratinjau
        </a>
      ) : null}
      <a href={`${href}${sep}format=pdf`} download>
        PDF
      </a>
      <a href={`${href}${sep}format=docx`} download>
        DOCX
      </a>
    </span>
  );
}

export function Documents({ view }: { view: CaseView }) {
  const { kase } = view;
  const reportSigned = kase.documents.some((d) => d.type.startsWith("LAPORAN_") && d.status === "DITANDATANGANI");
  const reportDraft = kase.fieldReport !== null && !reportSigned;
  return (
    <CaseSection id="dokumen" title="Dokumen">
      <ul data-testid="documents">
        <li>
          <strong>Tanda terima pengaduan</strong> <Links href={`/api/dokumen/tanda-terima/${kase.id}`} />
        </li>
        {kase.documents.map((d) => (
          <li key={d.id} data-testid={`document-${d.type}`}>
            <strong>{DOCUMENT_LABELS[d.type]}</strong>
            {d.number ? ` Nomor ${d.number}` : ""} —{" "}
            {d.status === "DITANDATANGANI" && d.signedAt
              ? `ditandatangani ${d.signedBy?.name ?? ""}, ${formatDateTime(d.signedAt)}`
              : `draf (revisi ${d.revision})`}
            <div>
              <Links href={`/api/dokumen/${d.id}`} preview={d.status !== "DITANDATANGANI"} />
            </div>
            {d.verificationCode ? (
              <div className="muted" style={{ fontSize: ".85rem" }}>
                Kode verifikasi{" "}
                <a className="mono" href={`/verifikasi/${d.verificationCode}`} data-testid="verification-link">
                  {d.verificationCode}
                </a>{" "}
                · SHA-256 isi <span className="mono">{d.sha256?.slice(0, 16)}…</span>
              </div>
            ) : null}
          </li>
        ))}
        {reportDraft ? (
          <li>
            <strong>Laporan hasil</strong> — draf
            <div>
              <Links href={`/api/dokumen/laporan/${kase.id}`} preview />
            </div>
          </li>
        ) : null}
      </ul>
    </CaseSection>
  );
}
