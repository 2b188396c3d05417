import { formatDateTime } from "@/lib/format/dates";
import type { CaseView } from "@/lib/workflow/case-view";
import { identityRequestInput } from "@/lib/intake/message-inputs";
import { limitsOf } from "@/lib/validation/limits";
import { DecideIdentityForm, RequestIdentityForm, ViewIdentityForm } from "../_steps/complainant-forms";

const STATUS = { DIAJUKAN: "menunggu keputusan Inspektur", DISETUJUI: "disetujui", DITOLAK: "ditolak" } as const;

/** A WBS reporter's identity: sealed; opened only as the Inspektur allows, each step recorded. */
export function WbsIdentity({ view }: { view: CaseView }) {
  const wbs = view.wbs;
  if (!wbs) return null;
  if (!wbs.sealed) return <p>Pelapor WBS tidak memberikan identitas (anonim).</p>;
  const pending = wbs.requests.filter((r) => r.status === "DIAJUKAN");
  const mine = !wbs.decides ? wbs.requests[0] : undefined;
  return (
    <div data-testid="wbs-identity-section">
      <p className="badge warn">Identitas pelapor WBS tersimpan terenkripsi</p>
      {wbs.mayView ? <ViewIdentityForm caseId={view.kase.id} /> : null}
      {wbs.decides && pending.length ? (
        <>
          <h4>Permintaan membuka identitas</h4>
          <ul>
            {pending.map((r) => (
              <li key={r.id}>
                {r.requestedBy.name}, {formatDateTime(r.createdAt)}: “{r.reason}”
                <DecideIdentityForm requestId={r.id} who={r.requestedBy.name} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {wbs.decides && wbs.requests.some((r) => r.status !== "DIAJUKAN") ? (
        <ul data-testid="identity-decisions">
          {wbs.requests
            .filter((r) => r.status !== "DIAJUKAN")
            .map((r) => (
              <li key={r.id}>
                Permintaan {r.requestedBy.name}: {STATUS[r.status]}
                {r.decidedBy && r.decidedAt ? ` oleh ${r.decidedBy.name}, ${formatDateTime(r.decidedAt)}` : ""}
              </li>
            ))}
        </ul>
      ) : null}
      {!wbs.decides ? (
        mine && mine.status !== "DITOLAK" ? (
          <p data-testid="identity-request-status">Permintaan Anda {STATUS[mine.status]}.</p>
        ) : (
          <>
            {mine ? <p>Permintaan Anda sebelumnya ditolak.</p> : null}
            <RequestIdentityForm caseId={view.kase.id} limits={limitsOf(identityRequestInput)} />
          </>
        )
      ) : null}
    </div>
  );
}
