import { CaseSection } from "./case-section";
import { formatCivilDate, formatDateTime } from "@/lib/format/dates";
import { WILAYAH_LABELS } from "@/lib/auth/roles";
import type { CaseView } from "@/lib/workflow/case-view";
import { CHANNEL_LABELS } from "@/lib/workflow/inputs/intake";
import { CLOSURE_LABELS, TL_LABELS } from "@/lib/workflow/inputs/review";
import { SOURCE_LABELS } from "@/lib/workflow/sources";
import { WbsIdentity } from "./wbs-identity";
import { ComplaintFacts, Fact } from "./complaint-facts";

export function CaseSummary({ view }: { view: CaseView }) {
  const { kase, reporter, mayIdentify } = view;
  return (
    <CaseSection id="ringkasan" title="Ringkasan" className="card">
      <dl className="facts">
        <Fact label="Sumber" value={SOURCE_LABELS[kase.source]} />
        <Fact label="Diterima melalui" value={CHANNEL_LABELS[kase.channel]} />
        <Fact label="Dicatat" value={`${formatCivilDate(kase.registeredOn)}${kase.registeredBy ? ` oleh ${kase.registeredBy.name}` : ""}`} />
        <Fact label="Tiket Lapak Aduan" value={kase.lapakTicketId} />
        <Fact
          label="Disposisi Bupati"
          value={kase.dispositionNumber ? `${kase.dispositionNumber}${kase.dispositionDate ? `, ${formatCivilDate(kase.dispositionDate)}` : ""}` : null}
        />
        <Fact label="OPD" value={kase.opd ? `${kase.opd.name} (Irban ${WILAYAH_LABELS[kase.opd.irbanWilayah]})` : "—"} />
        <Fact label="Tindak lanjut" value={kase.tlType ? TL_LABELS[kase.tlType] : null} />
        <Fact label="Irban" value={kase.irbanUser?.name} />
        <Fact
          label="Ditutup"
          value={kase.closureReason ? `${CLOSURE_LABELS[kase.closureReason]}${kase.duplicateOf ? ` (${kase.duplicateOf.registerNumber})` : ""}` : null}
        />
        <Fact label="Selesai" value={kase.confirmedAt ? formatDateTime(kase.confirmedAt) : null} />
        <Fact label="Kepuasan pelapor" value={kase.satisfaction ? `${kase.satisfaction} dari 5` : null} />
      </dl>

      <h3>Pokok aduan (5W+1H)</h3>
      <ComplaintFacts kase={kase} />

      <h3>Pelapor</h3>
      {kase.source === "WBS" ? (
        <WbsIdentity view={view} />
      ) : !mayIdentify ? (
        <p className="muted">Identitas pelapor hanya dapat dilihat oleh Tim Pengaduan dan Inspektur.</p>
      ) : !reporter || reporter.anonymous ? (
        <p>Anonim</p>
      ) : (
        <>
          {kase.confidentiality === "RAHASIA" ? (
            <p className="badge warn">RAHASIA — jangan dicantumkan dalam dokumen atau disampaikan kepada pihak lain</p>
          ) : null}
          <dl className="facts" data-testid="reporter">
            <Fact label="Nama" value={reporter.name} />
            <Fact label="NIK" value={reporter.nik} />
            <Fact label="Telepon" value={reporter.phone} />
            <Fact label="E-mail" value={reporter.email} />
            <Fact label="Alamat" value={reporter.address} />
          </dl>
        </>
      )}
    </CaseSection>
  );
}
