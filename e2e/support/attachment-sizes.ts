// The sizes of the attachments of the cases with a title, largest first: did an upload arrive whole?
//   tsx e2e/support/attachment-sizes.ts "<title>"
import { db } from "@/lib/db";

db.attachment
  .findMany({ where: { case: { title: process.argv[2] } }, orderBy: { size: "desc" }, select: { size: true } })
  .then((rows) => {
    console.log(rows.map((r) => r.size).join(","));
    process.exit(0);
  })
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
