// For the identity canary and the route matrix: a confidential complainant's
// case and a whistleblower's case with unmistakable names, both taken by the
// demo staff to step 9 (the SPT signed, so most roles see them), once per
// database. Prints {rahasia, wbs, attachment, spt} as JSON.
//   tsx e2e/support/canary.ts
import { db } from "@/lib/db";
import { submitPublicComplaint, submitWbsReport } from "@/lib/intake/public-complaint";
import { actorOf } from "@/tests/actors";
import { advanceCase, type Crew } from "@/tests/workflow";
import { SAMPLE, file } from "@/tests/fixtures/files";

export const CANARY = { rahasia: "Kenari Sulistyaningrum", wbs: "Cendrawasih Wirapratama" };

async function main() {
  const existing = await db.case.findMany({ where: { title: { in: ["Kanari: pungutan izin usaha", "Kanari: suap pengadaan"] } }, orderBy: { title: "asc" } });
  let rahasia = existing.find((c) => c.source !== "WBS")?.id;
  let wbs = existing.find((c) => c.source === "WBS")?.id;
  if (!rahasia || !wbs) {
    const user = async (username: string) => actorOf(await db.user.findUniqueOrThrow({ where: { username } }));
    const crew = {
      pengaduan: await user("pengaduan"),
      inspektur: await user("inspektur"),
      penelaah: await user("penelaah"),
      irban1: await user("irban1"),
      auditor: await user("auditor1"),
      kasubag: await user("perencanaan"),
    } as unknown as Crew;
    const opd = await db.opd.findFirstOrThrow({ where: { irbanWilayah: "WILAYAH_I", active: true }, orderBy: { name: "asc" } });
    const base = { reportedParty: "Kepala seksi", opdId: opd.id, location: "Kantor", occurredAt: "Oktober 2026", persetujuan: "on" };
    const a = await submitPublicComplaint(
      {
        ...base,
        title: "Kanari: pungutan izin usaha",
        description: "Diminta uang untuk izin usaha.",
        confidentiality: "RAHASIA",
        reporterName: CANARY.rahasia,
        nik: "3302011234560001",
        phone: "081234500001",
        email: "kenari.sulistyaningrum@contoh.id",
        address: "Jalan Kenari 7, Purwokerto",
        lampiran: [file(SAMPLE.pdf(), "bukti.pdf")],
      },
      { key: "kanari-1" },
    );
    const b = await submitWbsReport(
      {
        ...base,
        title: "Kanari: suap pengadaan",
        description: "Ada suap.",
        giveIdentity: "on",
        reporterName: CANARY.wbs,
        phone: "081234500002",
        email: "cendrawasih.wirapratama@contoh.id",
      },
      { key: "kanari-2" },
    );
    await advanceCase(crew, a.caseId, 9);
    await advanceCase(crew, b.caseId, 9);
    rahasia = a.caseId;
    wbs = b.caseId;
  }
  // A whistleblower's complaint about Dinas Pendidikan taken to an approved report: its recommendations are on the
  // follow-up pages of opd-dindik, irban1 and the Inspektur, and in the recap; the reporter must be in none of them.
  if (!(await db.case.findFirst({ where: { title: "Kanari: pungutan sekolah" } }))) {
    const user = async (username: string) => actorOf(await db.user.findUniqueOrThrow({ where: { username } }));
    const crew = {
      pengaduan: await user("pengaduan"),
      inspektur: await user("inspektur"),
      penelaah: await user("penelaah"),
      irban1: await user("irban1"),
      auditor: await user("auditor1"),
      kasubag: await user("perencanaan"),
    } as unknown as Crew;
    const dindik = await db.opd.findUniqueOrThrow({ where: { code: "DINDIK" } });
    const c = await submitWbsReport(
      {
        title: "Kanari: pungutan sekolah",
        description: "Ada pungutan.",
        reportedParty: "Kepala sekolah",
        opdId: dindik.id,
        location: "Sekolah",
        occurredAt: "Oktober 2026",
        persetujuan: "on",
        giveIdentity: "on",
        reporterName: CANARY.wbs,
        phone: "081234500002",
        email: "cendrawasih.wirapratama@contoh.id",
      },
      { key: "kanari-3" },
    );
    await advanceCase(crew, c.caseId, 11);
  }
  const attachment = await db.attachment.findFirstOrThrow({ where: { caseId: rahasia } });
  const spt = await db.document.findFirstOrThrow({ where: { caseId: rahasia, type: "SPT" } });
  console.log(JSON.stringify({ rahasia, wbs, attachment: attachment.id, spt: spt.id }));
}

main()
  .then(() => process.exit(0))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
