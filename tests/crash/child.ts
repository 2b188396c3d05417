// A process that does one thing against the test database and, when a fault
// point is armed with ":kill", dies by SIGKILL in the middle of its
// transaction (lib/testing/faults.ts). Used by lib/testing/crash.db.test.ts.
//   node --import tsx tests/crash/child.ts submit <opdId>
//   node --import tsx tests/crash/child.ts step2 <actorUserId> <caseId>
//   node --import tsx tests/crash/child.ts sign <actorUserId> <caseId>
//   node --import tsx tests/crash/child.ts deliver
import { db } from "@/lib/db";
import { submitPublicComplaint } from "@/lib/intake/public-complaint";
import { deliverOutbox } from "@/lib/outbox/worker";
import { forwardToInspektur } from "@/lib/steps/forward-to-inspektur";
import { signSpt } from "@/lib/steps/sign-spt";
import { actorOf } from "@/tests/actors";

async function main() {
  const [op, a, b] = process.argv.slice(2);
  const version = async (caseId: string) => String((await db.case.findUniqueOrThrow({ where: { id: caseId } })).version);
  const actor = async (id: string) => actorOf(await db.user.findUniqueOrThrow({ where: { id } }));
  switch (op) {
    case "submit": {
      const r = await submitPublicComplaint(
        {
          title: "Aduan saat listrik padam",
          description: "Diuji dengan SIGKILL.",
          reportedParty: "Petugas loket",
          opdId: a,
          location: "Purwokerto",
          occurredAt: "November 2026",
          confidentiality: "BIASA",
          reporterName: "Warga Uji",
          email: "warga@contoh.id",
          persetujuan: "on",
        },
        { key: `anak-${process.pid}` },
      );
      console.log(r.registerNumber);
      break;
    }
    case "step2":
      await forwardToInspektur(await actor(a!), { caseId: b, version: await version(b!), note: "Diteruskan." });
      break;
    case "sign":
      await signSpt(await actor(a!), { caseId: b, version: await version(b!), decision: "TANDATANGANI" });
      break;
    case "deliver":
      console.log(JSON.stringify(await deliverOutbox()));
      break;
    default:
      throw new Error(`unknown operation ${op}`);
  }
}

main()
  .then(() => process.exit(0))
  .catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
