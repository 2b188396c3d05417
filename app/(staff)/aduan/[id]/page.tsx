import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { loadCaseView } from "@/lib/workflow/case-view";
import { stepByNumber, type StepNumber } from "@/lib/workflow/steps";
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
  const done = Number((await searchParams).langkah);
  const doneStep = Number.isInteger(done) && done >= 1 && done <= 12 ? stepByNumber(done as StepNumber) : null;

  return (
    <>
      <p className="no-print">
        <Link href="/aduan">← Kotak masuk</Link>
      </p>
      <CaseHeader view={view} />
      {doneStep ? (
        <div className="notice ok" role="status" data-testid="step-done">
          Langkah {doneStep.number} tersimpan: {lowerFirst(doneStep.eventLabel)}.
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
      <Documents view={view} actor={actor} />
      <FieldWork view={view} />
      <Messages view={view} />
      <Timeline view={view} />
    </>
  );
}
