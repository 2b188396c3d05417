// One app server's outbox worker, in a process of its own, against the
// database of DATABASE_URL: delivers until nothing is left to send now, then
// prints how many messages it sent. Two of these at once are two servers.
//   tsx tests/outbox/deliver-child.ts
import { db } from "@/lib/db";
import { deliverOutbox } from "@/lib/outbox/worker";

async function main() {
  let sent = 0;
  for (let idle = 0; idle < 3;) {
    const r = await deliverOutbox(new Date(), { limit: 5 });
    sent += r.sent;
    idle = r.sent + r.retried + r.failed === 0 ? idle + 1 : 0;
    await new Promise((res) => setTimeout(res, 50));
  }
  console.log(JSON.stringify({ sent }));
  await db.$disconnect();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
