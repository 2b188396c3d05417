// What the step in hand decides on, in the actor's view while the form is filled:
// the complaint's 5W+1H, its attachments and the decisions taken on it so far.
// The full sections (Ringkasan, Lampiran, Telaah) stay further down the page.
import { formatCivilDate, formatDateTime } from "@/lib/format/dates";
import { TEAM_ROLE_LABELS } from "@/lib/workflow/inputs/team";
import type { CaseView } from "@/lib/workflow/case-view";
import { CLOSURE_LABELS, RECOMMENDATION_LABELS, TL_LABELS } from "@/lib/workflow/inputs/review";
import { WideDetails } from "@/app/_components/wide-details";
import { ComplaintFacts } from "./complaint-facts";
import { DECISION_LABELS } from "./review";

/** At step 8 the Inspektur decides on the SPT draft: its task and the team it names come first. */
function SptDraft({ kase }: { kase: CaseView["kase"] }) {
  const draft = kase.documents.findLast((d) => d.type === "SPT" && d.status === "DRAF");
  const plan = kase.teamPlans.findLast((p) => p.status === "DIAJUKAN");
  return (
    <div data-testid="spt-draft">
      <h3>Draf SPT (revisi {draft?.revision ?? 1})</h3>
      <p style={{ whiteSpace: "pre-wrap" }}>
        <strong>Untuk:</strong> {(draft?.content as { task?: string } | undefined)?.task}
      </p>
      {plan ? (
        <>
          <p>
            {plan.durationDays} hari kerja mulai {formatCivilDate(plan.startOn)}; tim:
          </p>
          <ol>
            {plan.members.map((m) => (
              <li key={m.user.id}>
                {m.user.name} — {TEAM_ROLE_LABELS[m.teamRole]}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}

export function StepContext({ view }: { view: CaseView }) {
  const { kase } = view;
  const review = kase.reviews.at(-1);
  const signing = view.pending?.step.number === 8;
  return (
    // Beside the form from 64rem (globals.css, .step-layout); folded above it on a phone.
    <WideDetails
      minWidth="64rem"
      className="step-context"
      testId="step-context"
      summary={signing ? "Draf SPT, pokok aduan dan keputusan sebelumnya" : "Pokok aduan, lampiran dan keputusan sebelumnya"}
    >
      <div className="step-context-body">
        {signing ? <SptDraft kase={kase} /> : null}
        <h3>Pokok aduan (5W+1H)</h3>
        <ComplaintFacts kase={kase} compact />
        <h3>Lampiran</h3>
        {kase.attachments.length ? (
          <ul className="plain">
            {kase.attachments.map((a) => (
              <li key={a.id}>
                <a href={`/api/lampiran/${a.id}`} download>
                  {a.fileName}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">Tidak ada lampiran.</p>
        )}
        <h3>Keputusan sebelumnya</h3>
        {!review && !kase.decisions.length ? <p className="muted">Belum ada keputusan.</p> : null}
        <ul className="plain">
          {review ? (
            <li>
              <strong>Kaji cepat</strong> ({review.submittedBy.name}): {RECOMMENDATION_LABELS[review.recommendation]}
              {review.closureReason ? ` — ${CLOSURE_LABELS[review.closureReason]}` : ""}
              <div className="muted">{review.summary}</div>
            </li>
          ) : null}
          {kase.decisions.map((d) => (
            <li key={d.id}>
              <strong>{DECISION_LABELS[d.kind]}</strong> ({d.decidedBy.name}, {formatDateTime(d.decidedAt)}){d.tlType ? `: ${TL_LABELS[d.tlType]}` : ""}
              {d.irbanUser ? ` oleh ${d.irbanUser.name}` : ""}
              {d.instructions ? <div className="muted">{d.instructions}</div> : null}
            </li>
          ))}
        </ul>
      </div>
    </WideDetails>
  );
}
