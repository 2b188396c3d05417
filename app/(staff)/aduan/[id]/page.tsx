import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { loadCaseView } from "@/lib/workflow/case-view";
import { STEPS, eventLabelOf } from "@/lib/workflow/steps";
import { Attachments } from "./_sections/attachments";
import { Documents } from "./_sections/documents";
import { CaseHeader } from "./_sections/case-header";
import { FieldWork } from "./_sections/field-work";
import { Messages } from "./_sections/messages";
import { PendingStep } from "./_sections/pending-step";
import { ReviewSection } from "./_sections/review";
import { CaseSummary } from "./_sections/summary";
import { TeamSection } from "./_sections/team";
import { Timeline } from "./_sections/timeline";
import { lowerFirst } from "@/lib/format/text";

export const metadata: Metadata = { title: "Aduan" };

export default async function CasePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const actor = await requirePageActor("case:view");
  let view;
  try {
    view = await loadCaseView(actor, id);
  } catch (e) {
    // Outside the actor's scope a case does not exist.
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
  const query = await searchParams;
  const done = Number(query.langkah);
  const doneStep = STEPS.find((s) => s.number === done) ?? null;
  // Only a status that step can lead to names the outcome; anything else in the URL is ignored.
  const ledTo = doneStep && [doneStep.to, ...doneStep.alternatives].find((s) => s === query.ke);

  return (
    <>
      <p className="no-print">
        <Link href="/aduan">← Kotak masuk</Link>
      </p>
      <CaseHeader view={view} />
      {doneStep ? (
        <div className="notice ok" role="status" data-testid="step-done">
          Langkah {doneStep.code} tersimpan: {lowerFirst(eventLabelOf(doneStep, ledTo ?? null))}.
        </div>
      ) : null}
      <nav className="section-nav no-print" aria-label="Bagian halaman">
        <a href="#ringkasan">Ringkasan</a>
        <a href="#lampiran">Lampiran</a>
        <a href="#dokumen">Dokumen</a>
        <a href="#riwayat">Riwayat</a>
      </nav>
      <PendingStep view={view} />
      <CaseSummary view={view} />
      <Attachments view={view} />
      <ReviewSection view={view} />
      <TeamSection view={view} />
      <Documents view={view} />
      <FieldWork view={view} />
      <Messages view={view} />
      <Timeline view={view} />
    </>
  );
}
