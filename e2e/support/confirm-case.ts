// Step 12 for the browser test, until the tracking page exists: the
// complainant's confirmation through the domain function, run with tsx
// against the test server's database (DATABASE_URL from the caller).
//   tsx e2e/support/confirm-case.ts <caseId>
import { confirmCase } from "@/lib/steps/confirm";

const caseId = process.argv[2];
if (!caseId) {
  console.error("usage: tsx e2e/support/confirm-case.ts <caseId>");
  process.exit(2);
}
confirmCase(caseId, "PELAPOR", { resolved: "ya", satisfaction: "5", note: "Terima kasih." })
  .then((r) => {
    console.log(r.to);
    process.exit(0);
  })
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
