import { formatDateTime } from "@/lib/format/dates";
import type { CaseView } from "@/lib/workflow/case-view";
import { AskComplainantForm } from "../_steps/identity-forms";

export function Messages({ view }: { view: CaseView }) {
  const list = view.kase.messages;
  if (!list.length && !view.mayAskComplainant) return null;
  return (
    <section aria-labelledby="pesan">
      <h2 id="pesan">Komunikasi dengan pelapor</h2>
      <ul style={{ listStyle: "none", padding: 0 }}>
        {list.map((m) => (
          <li key={m.id} className="card" style={{ marginBottom: ".5rem" }}>
            <div className="muted">
              {m.direction === "KE_PELAPOR"
                ? `${m.kind === "PERTANYAAN" ? "Pertanyaan kepada" : "Kepada"} pelapor${m.author ? `, oleh ${m.author.name}` : ""}`
                : "Dari pelapor"}{" "}
              ·{" "}
              {formatDateTime(m.createdAt)}
            </div>
            <div style={{ whiteSpace: "pre-wrap" }}>{m.body}</div>
          </li>
        ))}
      </ul>
      {view.mayAskComplainant ? (
        <details>
          <summary>Minta informasi tambahan kepada pelapor</summary>
          <AskComplainantForm caseId={view.kase.id} />
        </details>
      ) : null}
    </section>
  );
}
