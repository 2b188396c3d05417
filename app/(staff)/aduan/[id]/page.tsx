import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { loadCaseView } from "@/lib/workflow/case-view";
import { STEPS, eventLabelOf } from "@/lib/workflow/steps";
import { CaseHeader } from "./_sections/case-header";
import { PendingStep, pendingStepLink } from "./_sections/pending-step";
import { caseSections } from "./_sections/section-list";
import { lowerFirst } from "@/lib/format/text";
import { WideDetails } from "@/app/_components/wide-details";

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

  const sections = caseSections(view);

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
      {/* Folded on a phone, where its wrapping links would push the step's form off the first screen. */}
      <nav className="no-print" aria-label="Bagian halaman">
        <WideDetails minWidth="40rem" className="section-nav" testId="section-nav" summary="Bagian halaman">
          <div className="section-nav-links">
            {[pendingStepLink(view), ...sections].map((section) =>
              section ? (
                <a key={section.id} href={`#${section.id}`}>
                  {section.label}
                </a>
              ) : null,
            )}
          </div>
        </WideDetails>
      </nav>
      <PendingStep view={view} />
      {sections.map(({ id, Section }) => (
        <Section key={id} view={view} />
      ))}
    </>
  );
}
