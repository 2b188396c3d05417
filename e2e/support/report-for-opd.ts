// For the follow-up browser test (issue 18): a complaint about the OPD with the given code, taken by the
// demo staff through the real steps until its report waits for the Inspektur's approval (10a), with two
// findings that recommend something: an administrative action and a repayment of Rp1.250.000.
// Prints {registerNumber, caseId, opdId} as JSON.
//   tsx e2e/support/report-for-opd.ts DINDIK
import { db } from "@/lib/db";
import { registerCase } from "@/lib/steps/receive";
import { saveFinding } from "@/lib/steps/field-work";
import { REPORT_APPROVAL } from "@/lib/workflow/steps";
import { actorOf } from "@/tests/actors";
import { STEP_FUNCTIONS, advanceCase, completeFieldWork, validInput, type Crew } from "@/tests/workflow";

async function main() {
  const code = process.argv[2] ?? "DINDIK";
  const user = async (username: string) => actorOf(await db.user.findUniqueOrThrow({ where: { username } }));
  const crew = {
    pengaduan: await user("pengaduan"),
    inspektur: await user("inspektur"),
    penelaah: await user("penelaah"),
    irban1: await user("irban1"),
    auditor: await user("auditor1"),
    kasubag: await user("perencanaan"),
  } as unknown as Crew;
  const opd = await db.opd.findUniqueOrThrow({ where: { code } });
  const kase = await registerCase(crew.pengaduan, {
    source: "MASYARAKAT",
    channel: "SURAT",
    title: "Pungutan seragam di sekolah dasar negeri",
    description: "Orang tua siswa diminta membayar Rp50.000 untuk seragam.",
    opdId: opd.id,
    confidentiality: "BIASA",
    reporterName: "Orang Tua Pelapor",
    phone: "081233334444",
  });
  await advanceCase(crew, kase.id, 10);
  await completeFieldWork(crew, kase.id);
  await saveFinding(crew.auditor, {
    caseId: kase.id,
    allegation: "Pungutan seragam dari 25 orang tua siswa",
    condition: "Bendahara sekolah menyimpan uang pungutan.",
    lossRupiah: "1.250.000",
    lossKind: "MASYARAKAT",
    responsibleParty: "Kepala sekolah",
    conclusion: "TERBUKTI",
    recommendation: "Kembalikan Rp1.250.000 kepada 25 orang tua siswa.",
  });
  await STEP_FUNCTIONS[10]!.fn(crew.auditor, await validInput(10, crew, kase.id));
  const status = (await db.case.findUniqueOrThrow({ where: { id: kase.id } })).status;
  if (status !== "LAPORAN_DIAJUKAN") throw new Error(`expected to wait for ${REPORT_APPROVAL}, at ${status}`);
  console.log(JSON.stringify({ registerNumber: kase.registerNumber, caseId: kase.id, opdId: opd.id }));
}

main()
  .then(() => process.exit(0))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
