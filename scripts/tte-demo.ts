// Writes the demo CA and the demo Inspektur's certificate to demo/tte:
//   npx tsx scripts/tte-demo.ts
// Everything here is for the demo and the tests: the CA's key is public in
// the repository, so a signature it vouches for proves nothing, and the
// verification page says so ("SERTIFIKAT DEMO").
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEMO_PASSPHRASE, DEMO_TTE_DIR } from "@/lib/signing/config";
import { bareName } from "@/lib/signing/credential";
import { issueP12, newCa } from "@/lib/signing/issue";
import { DEMO_USERS } from "@/prisma/seed/demo-users";

mkdirSync(DEMO_TTE_DIR, { recursive: true });
const ca = newCa("SIPADU Demo CA", 30);
writeFileSync(path.join(DEMO_TTE_DIR, "demo-ca.pem"), ca.certificatePem);
writeFileSync(path.join(DEMO_TTE_DIR, "demo-ca.key.pem"), ca.privateKeyPem);
for (const u of DEMO_USERS.filter((u) => u.role === "INSPEKTUR")) {
  const p12 = issueP12(ca, bareName(u.name), DEMO_PASSPHRASE, { notAfter: new Date(Date.now() + 10 * 365 * 86_400_000) });
  writeFileSync(path.join(DEMO_TTE_DIR, `${u.username}.p12`), p12);
  console.log(`${u.username}.p12: ${bareName(u.name)}`);
}
