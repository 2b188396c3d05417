import { CaseSection } from "./case-section";
import { formatCivilDate, formatDateTime } from "@/lib/format/dates";
import type { CaseView } from "@/lib/workflow/case-view";
import { askInput } from "@/lib/intake/message-inputs";
import { limitsOf } from "@/lib/validation/limits";
import { AskComplainantForm, CloseIncompleteForm } from "../_steps/complainant-forms";

export function Messages({ view }: { view: CaseView }) {
  const list = view.kase.messages;
  return (
    <CaseSection id="pesan" title="Komunikasi dengan pelapor">
      <ul style={{ listStyle: "none", padding: 0 }}>
        {list.map((m) => (
          <li key={m.id} className="card" style={{ marginBottom: ".5rem" }}>
            <div className="muted">
              {m.direction === "KE_PELAPOR"
                ? `${m.kind === "PERTANYAAN" ? "Pertanyaan kepada" : "Kepada"} pelapor${m.author ? `, oleh ${m.author.name}` : ""}`
                : "Dari pelapor"}{" "}
              · {formatDateTime(m.createdAt)}
            </div>
            <div style={{ whiteSpace: "pre-wrap" }}>{m.body}</div>
          </li>
        ))}
      </ul>
      {view.kase.clockPausedOn ? (
        <p className="notice info" data-testid="clock-paused">
          Jam layanan berhenti sejak {formatCivilDate(view.kase.clockPausedOn)}, menunggu jawaban pelapor.
        </p>
      ) : null}
      {view.mayCloseIncomplete ? <CloseIncompleteForm caseId={view.kase.id} version={view.kase.version} /> : null}
      {view.mayAskComplainant ? (
        <details>
          <summary>Minta informasi tambahan kepada pelapor</summary>
          <AskComplainantForm caseId={view.kase.id} limits={limitsOf(askInput)} />
        </details>
      ) : null}
    </CaseSection>
  );
}
