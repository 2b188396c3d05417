import { formatCivilDate } from "@/lib/format/dates";
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
        <span>
          Batas waktu {formatCivilDate(kase.dueOn)}
          {kase.dueIsEstimate ? " (perkiraan)" : ""}
        </span>
        <DueBadge state={due} />
        {kase.reopenCount > 0 ? <span className="badge warn">Dibuka kembali {kase.reopenCount}×</span> : null}
      </div>
    </header>
  );
}
