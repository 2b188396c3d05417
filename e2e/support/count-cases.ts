// How many cases carry a title: did a replayed or refused request store anything?
//   tsx e2e/support/count-cases.ts "<title>"
import { db } from "@/lib/db";

db.case
  .count({ where: { title: process.argv[2] } })
  .then((n) => {
    console.log(String(n));
    process.exit(0);
  })
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
