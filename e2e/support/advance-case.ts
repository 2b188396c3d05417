// For the browser tests of the complainant's side: the staff steps of a case,
// taken by the demo users through the domain functions (the browser walk of
// the staff steps is e2e/workflow.spec.ts).
//   tsx e2e/support/advance-case.ts <registerNumber> <untilStep>
import { db } from "@/lib/db";
import { actorOf } from "@/tests/actors";
import { STEP_FUNCTIONS, completeFieldWork, validInput, type Crew } from "@/tests/workflow";
import { STEPS, stepWaitingAt } from "@/lib/workflow/steps";

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
  // From the step the case waits for, in the table's order, up to (not including) `until`.
  const order = STEPS.map((s) => s.number as number);
  const start = order.indexOf(stepWaitingAt(kase.status)?.number ?? order.length);
  for (const n of order.slice(start, order.indexOf(Number(until)))) {
    if (n === 10) await completeFieldWork(crew, kase.id);
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
