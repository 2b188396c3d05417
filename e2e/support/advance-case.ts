// For the browser tests of the complainant's side: the staff steps of a case,
// taken by the demo users through the domain functions (the browser walk of
// the staff steps is e2e/workflow.spec.ts).
//   tsx e2e/support/advance-case.ts <registerNumber> <untilStep>
import { db } from "@/lib/db";
import { approveReport } from "@/lib/documents/approve-report";
import { actorOf } from "@/tests/actors";
import { STEP_FUNCTIONS, completeFieldWork, validInput, type Crew } from "@/tests/workflow";

async function main() {
  const [registerNumber, until] = process.argv.slice(2);
  const kase = await db.case.findUniqueOrThrow({ where: { registerNumber: registerNumber! } });
  const user = async (username: string) => actorOf(await db.user.findUniqueOrThrow({ where: { username } }));
  const crew = {
    pengaduan: await user("pengaduan"),
    inspektur: await user("inspektur"),
    penelaah: await user("penelaah"),
    irban1: await user("irban1"),
    auditor: await user("auditor1"),
    kasubag: await user("perencanaan"),
  } as unknown as Crew;
  const from = [null, "DITERIMA", "DI_INSPEKTUR", "DITELAAH", "REKOMENDASI", "DISPOSISI_IRBAN", "RENCANA_TIM", "SPT_DRAFT", "SPT_DITANDATANGANI", "PELAKSANAAN", "LAPORAN_SELESAI"].indexOf(kase.status) + 1;
  for (let n = from; n < Number(until); n++) {
    if (n === 10) await completeFieldWork(crew, kase.id);
    if (n === 11) await approveReport(crew.inspektur, { caseId: kase.id });
    const { fn, actor } = STEP_FUNCTIONS[n]!;
    await fn(crew[actor], await validInput(n, crew, kase.id));
  }
  console.log((await db.case.findUniqueOrThrow({ where: { id: kase.id } })).status);
}

main()
  .then(() => process.exit(0))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
