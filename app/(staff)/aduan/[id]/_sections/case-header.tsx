import { ESTIMATE_NOTE, formatDueOn } from "@/lib/sla/calendar";
import type { CaseView } from "@/lib/workflow/case-view";
import { SOURCE_LABELS } from "@/lib/workflow/sources";
import { STATUS_SHORT } from "@/lib/workflow/statuses";
import { DueBadge } from "@/app/_components/due-badge";

export function CaseHeader({ view }: { view: CaseView }) {
  const { kase, due } = view;
  return (
    <header>
      <p className="muted mono" style={{ marginBottom: ".25rem" }}>
        {kase.registerNumber} · {SOURCE_LABELS[kase.source]}
      </p>
      <h1>{kase.title}</h1>
      <div className="case-head">
        <span className="badge ok" data-testid="case-status">
          {STATUS_SHORT[kase.status]}
        </span>
        <span title={kase.dueIsEstimate ? ESTIMATE_NOTE : undefined}>Batas waktu {formatDueOn(kase.dueOn, kase.dueIsEstimate)}</span>
        <DueBadge state={due} />
        {kase.reopenCount > 0 ? <span className="badge warn">Dibuka kembali {kase.reopenCount}×</span> : null}
      </div>
      {/* Folded: four lines of explanation would push the step's form off a phone's first screen. */}
      {kase.dueIsEstimate ? (
        <details className="hint estimate-note" data-testid="estimate-note">
          <summary>Mengapa perkiraan?</summary>
          {ESTIMATE_NOTE}
        </details>
      ) : null}
    </header>
  );
}
