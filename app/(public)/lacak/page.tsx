import type { Metadata } from "next";
import { cookies } from "next/headers";
import { formatCivilDate, formatDateTime } from "@/lib/format/dates";
import { PUBLIC_STAGES, trackingView } from "@/lib/intake/tracking";
import { publicFollowUp } from "@/lib/follow-up/public-words";
import { ESTIMATE_NOTE, formatDueOn } from "@/lib/sla/calendar";
import { TRACKING_COOKIE, caseOfToken } from "@/lib/public/tracking-session";
import { answerInput } from "@/lib/intake/message-inputs";
import { limitsOf } from "@/lib/validation/limits";
import { confirmInput } from "@/lib/workflow/inputs/execution";
import { leaveAction } from "./actions";
import { AnswerForm, ConfirmForm, LookupForm } from "./tracking-forms";

export const metadata: Metadata = { title: "Lacak aduan" };

const WHO: Record<string, string> = { KE_PELAPOR: "Tim pengaduan", DARI_PELAPOR: "Anda" };

export default async function LacakPage() {
  const caseId = caseOfToken((await cookies()).get(TRACKING_COOKIE)?.value);
  const view = caseId ? await trackingView(caseId) : null;

  const followUp = view ? await publicFollowUp(view.id, view.status) : null;

  if (!view) {
    return (
      <div className="auth-box" style={{ maxWidth: "32rem" }}>
        <h1>Lacak aduan</h1>
        <p>Masukkan kode tanda terima yang Anda terima saat mengirim aduan.</p>
        <div className="card">
          <LookupForm />
        </div>
      </div>
    );
  }

  const current = PUBLIC_STAGES.indexOf(view.stage);
  return (
    <>
      <p className="muted mono">{view.registerNumber}</p>
      <h1>{view.title}</h1>
      <section className="card" aria-labelledby="tahap">
        <h2 id="tahap" style={{ marginTop: 0 }}>
          Tahap: <span data-testid="public-stage">{view.stage}</span>
        </h2>
        <p>
          Dicatat {formatCivilDate(view.registeredOn)}. Batas penyelesaian <strong>{formatDueOn(view.dueOn, view.dueIsEstimate)}</strong>.
        </p>
        {view.dueIsEstimate ? <p className="hint">{ESTIMATE_NOTE}</p> : null}
        {followUp ? <p data-testid="public-follow-up">{followUp}</p> : null}
        {view.status !== "DITUTUP" ? (
          <ol className="steps-list">
            {PUBLIC_STAGES.map((s, i) => (
              <li
                key={s}
                aria-current={i === current ? "step" : undefined}
                style={{ fontWeight: i === current ? 700 : undefined, color: i > current ? "var(--ink-soft)" : undefined }}
              >
                {s}
                {i < current ? " ✓" : ""}
              </li>
            ))}
          </ol>
        ) : null}
      </section>

      {view.openQuestionId ? (
        <section className="step-panel" aria-labelledby="jawab">
          <h2 id="jawab">Tim pengaduan memerlukan informasi dari Anda</h2>
          <AnswerForm limits={limitsOf(answerInput)} />
        </section>
      ) : null}

      {view.waitingForConfirmation ? (
        <section className="step-panel" aria-labelledby="konfirmasi" data-testid="confirm-panel">
          <h2 id="konfirmasi">Konfirmasi penyelesaian</h2>
          <p>Aduan Anda telah ditindaklanjuti. Mohon nyatakan apakah aduan Anda sudah selesai. Tanpa jawaban dalam 10 hari kerja, aduan dianggap selesai.</p>
          <ConfirmForm limits={limitsOf(confirmInput)} />
        </section>
      ) : null}

      <section aria-labelledby="pesan">
        <h2 id="pesan">Pesan</h2>
        {view.messages.length === 0 ? (
          <p className="muted">Belum ada pesan.</p>
        ) : (
          <ul style={{ listStyle: "none", padding: 0 }} data-testid="public-messages">
            {view.messages.map((m) => (
              <li key={m.id} className="card" style={{ marginBottom: ".5rem" }}>
                <div className="muted">
                  {WHO[m.direction]} · {formatDateTime(m.createdAt)}
                </div>
                <div style={{ whiteSpace: "pre-wrap" }}>{m.body}</div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <form action={leaveAction} className="actions">
        <button type="submit" className="secondary">
          Selesai melihat
        </button>
      </form>
    </>
  );
}
