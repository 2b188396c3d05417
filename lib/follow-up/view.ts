// A recommendation's page: the record, the excerpt of the report it comes from (the finding: what the
// Inspektur released to the OPD by approving the report — never the complainant, a WBS reporter or the
// team's working notes), the responses with their evidence and assessments, and its own history, read
// from the case's hash chain.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { loadRecommendationForActor } from "./run-follow-up";
import { FOLLOW_UP_LETTERS } from "./letters";
import { FOLLOW_UP_TRANSITIONS } from "./transitions";

const EVENT_TYPES = FOLLOW_UP_TRANSITIONS.map((t) => t.eventType);

export async function recommendationView(actor: Actor, id: string) {
  const rec = await loadRecommendationForActor(actor, id);
  const [finding, responses, events, report, letters] = await Promise.all([
    rec.findingId
      ? db.finding.findUnique({
          where: { id: rec.findingId },
          select: { allegation: true, condition: true, criteria: true, cause: true, effect: true, lossRupiah: true, conclusion: true },
        })
      : null,
    db.followUpResponse.findMany({
      where: { recommendationId: rec.id },
      orderBy: { position: "asc" },
      include: {
        respondedBy: { select: { name: true } },
        assessedBy: { select: { name: true } },
        attachments: { select: { id: true, fileName: true, size: true }, orderBy: { createdAt: "asc" } },
      },
    }),
    db.historyEvent.findMany({
      where: { caseId: rec.caseId, type: { in: EVENT_TYPES } },
      orderBy: { seq: "asc" },
      select: { seq: true, type: true, data: true, createdAt: true, actor: { select: { name: true } } },
    }),
    // The report the recommendation comes from, by its number (the letter itself is for the Inspektorat's staff).
    db.document.findFirst({
      where: { caseId: rec.caseId, type: { in: ["LAPORAN_HASIL_AUDIT", "LAPORAN_HASIL_KLARIFIKASI", "LAPORAN_HASIL_KOORDINASI"] }, status: "DITANDATANGANI" },
      orderBy: { createdAt: "desc" },
      select: { number: true, signedAt: true, type: true },
    }),
    // The letters to the head of the OPD about this case's recommendations.
    db.document.findMany({
      where: { caseId: rec.caseId, type: { in: [...FOLLOW_UP_LETTERS] }, status: "DITANDATANGANI" },
      orderBy: { signedAt: "asc" },
      select: { id: true, type: true, number: true, signedAt: true },
    }),
  ]);
  const history = events.filter((e) => (e.data as { recommendationId?: string }).recommendationId === rec.id);
  return { rec, finding, responses, history, report, letters };
}

export type RecommendationView = Awaited<ReturnType<typeof recommendationView>>;
