import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { formatCivilDate, formatDateTime } from "@/lib/format/dates";
import { loadCaseForActor } from "@/lib/workflow/scope";
import { SOURCE_LABELS } from "@/lib/workflow/sources";
import { STATUS_LABELS } from "@/lib/workflow/statuses";
import { notFound } from "next/navigation";

export const metadata: Metadata = { title: "Aduan" };

/** The case as the actor may see it. The step forms come with the workflow. */
export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor("case:view");
  let found;
  try {
    found = await loadCaseForActor(actor, id, {
      include: {
        opd: { select: { name: true } },
        history: { orderBy: { seq: "asc" }, include: { actor: { select: { name: true } } } },
      },
    });
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
  return (
    <>
      <p className="muted mono">{found.registerNumber}</p>
      <h1>{found.title}</h1>
      <section className="card">
        <dl className="facts">
          <dt>Status</dt>
          <dd data-testid="case-status">{STATUS_LABELS[found.status]}</dd>
          <dt>Sumber</dt>
          <dd>{SOURCE_LABELS[found.source]}</dd>
          <dt>OPD</dt>
          <dd>{found.opd?.name ?? "—"}</dd>
          <dt>Dicatat</dt>
          <dd>{formatCivilDate(found.registeredOn)}</dd>
          <dt>Batas waktu</dt>
          <dd>
            {formatCivilDate(found.dueOn)}
            {found.dueIsEstimate ? " (perkiraan)" : ""}
          </dd>
        </dl>
      </section>
      <h2>Uraian</h2>
      <p style={{ whiteSpace: "pre-wrap" }}>{found.description}</p>
      <h2>Riwayat</h2>
      {found.history.length === 0 ? (
        <p className="muted">Belum ada riwayat.</p>
      ) : (
        <ol>
          {found.history.map((h) => (
            <li key={h.id}>
              {formatDateTime(h.createdAt)} — {h.type}
              {h.actor ? ` oleh ${h.actor.name}` : h.actorLabel ? ` oleh ${h.actorLabel}` : ""}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
