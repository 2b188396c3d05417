import { CaseSection } from "./case-section";
import { formatDateTime } from "@/lib/format/dates";
import { describeEvent } from "@/lib/workflow/history-text";
import type { CaseView } from "@/lib/workflow/case-view";
import { stepCode } from "@/lib/workflow/steps";

export function Timeline({ view }: { view: CaseView }) {
  return (
    <CaseSection id="riwayat" title="Riwayat">
      <ol className="timeline" data-testid="timeline">
        {view.kase.history.map((h) => {
          const { title, details } = describeEvent(h);
          return (
            <li key={h.id}>
              <div>
                <strong>
                  {h.step ? `Langkah ${stepCode(h.step)}: ` : ""}
                  {title}
                </strong>
              </div>
              <div className="when">
                {formatDateTime(h.createdAt)} · {h.actor?.name ?? h.actorLabel ?? "Sistem"}
              </div>
              {details.length ? (
                <ul className="details">
                  {details.map((d, i) => (
                    <li key={i} style={{ padding: 0 }}>
                      {d}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    </CaseSection>
  );
}
