// Recommendations in a given state for the follow-up tests (issue 18): a case taken through the real steps
// to an approved report with two recommendations (an administrative one and a repayment of Rp1.250.000),
// and a liaison of its OPD and of another OPD.
import { db } from "@/lib/db";
import { approveReport } from "@/lib/steps/approve-report";
import { saveFinding } from "@/lib/steps/field-work";
import { REPORT_APPROVAL } from "@/lib/workflow/steps";
import { seedOpd, seedUser } from "@/prisma/seed/factories";
import { actorOf } from "./actors";
import { STEP_FUNCTIONS, caseWaitingFor, completeFieldWork, validInput, type Crew } from "./workflow";

export const AMOUNT_DUE = 1_250_000n;

export async function approvedCaseWithRecommendations(crew: Crew) {
  const caseId = await caseWaitingFor(crew, 10);
  await completeFieldWork(crew, caseId);
  await saveFinding(crew.auditor, {
    caseId,
    allegation: "Biaya pembuatan KTP dipungut dari 25 warga",
    condition: "Bendahara menyimpan uang pungutan.",
    lossRupiah: "1.250.000",
    lossKind: "MASYARAKAT",
    responsibleParty: "Bendahara kecamatan",
    conclusion: "TERBUKTI",
    recommendation: "Kembalikan Rp1.250.000 kepada 25 warga yang membayar.",
  });
  await STEP_FUNCTIONS[10]!.fn(crew.auditor, await validInput(10, crew, caseId));
  await approveReport(crew.inspektur, await validInput(REPORT_APPROVAL, crew, caseId));
  const kase = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { opdId: true } });
  const [admin, money] = await db.recommendationRecord.findMany({ where: { caseId }, orderBy: { position: "asc" } });
  const liaison = actorOf(await seedUser(db, { role: "OPD", opdId: kase.opdId, name: "Penghubung OPD Uji" }));
  const otherOpd = await seedOpd(db);
  const otherLiaison = actorOf(await seedUser(db, { role: "OPD", opdId: otherOpd.id, name: "Penghubung OPD Lain" }));
  return { caseId, opdId: kase.opdId!, admin: admin!, money: money!, liaison, otherLiaison };
}

export async function recVersion(id: string) {
  return (await db.recommendationRecord.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
}
