// What the admin's OPD pages read: the list with its filters, one OPD.
import { db } from "@/lib/db";
import type { IrbanWilayah } from "@/lib/enums";

/** Every OPD, active first; the search text matched in JS (the list is a few hundred at most). */
export async function listOpds(filter: { wilayah: IrbanWilayah | null; q: string | null }) {
  const all = await db.opd.findMany({
    where: filter.wilayah ? { irbanWilayah: filter.wilayah } : {},
    orderBy: [{ active: "desc" }, { kind: "asc" }, { name: "asc" }],
  });
  const needle = filter.q?.toLowerCase();
  return needle ? all.filter((o) => `${o.name} ${o.code}`.toLowerCase().includes(needle)) : all;
}

export function opdById(id: string) {
  return db.opd.findUnique({ where: { id } });
}
