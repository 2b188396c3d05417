// What the filter form offers: the OPDs and the Irbans (inactive ones too:
// they handled cases in earlier years), and the years with complaints.
import { db } from "@/lib/db";
import { opdNames } from "@/lib/intake/opd-choices";

export async function filterOptions() {
  const [opds, irbans] = await Promise.all([
    opdNames(),
    db.user.findMany({ where: { role: "IRBAN" }, orderBy: [{ irbanWilayah: "asc" }, { name: "asc" }], select: { id: true, name: true, irbanWilayah: true } }),
  ]);
  return { opds, irbans, known: { opdIds: new Set(opds.map((o) => o.id)), irbanIds: new Set(irbans.map((i) => i.id)) } };
}

/** The years from the first complaint to this year (and the year asked for), newest first. */
export function yearChoices(span: { first: string | null; last: string | null }, today: string, asked: number | null = null): number[] {
  const thisYear = Number(today.slice(0, 4));
  const first = Math.min(thisYear, Number((span.first ?? today).slice(0, 4)), asked ?? thisYear);
  const last = Math.max(thisYear, Number((span.last ?? today).slice(0, 4)), asked ?? thisYear);
  const out: number[] = [];
  for (let y = last; y >= first && out.length < 30; y--) out.push(y);
  return out;
}
