// The OPDs a complaint may name: on the public forms and at registration
// (active ones, as the regency lists them), and in the inbox filter (all).
import { db } from "@/lib/db";

/** Active OPDs, dinas and badan first, then kecamatan, each by name. */
export function opdChoices() {
  return db.opd.findMany({ where: { active: true }, orderBy: [{ kind: "asc" }, { name: "asc" }], select: { id: true, name: true, irbanWilayah: true } });
}

/** Every OPD by name, for filtering cases (a case may name an OPD since deactivated). */
export function opdNames() {
  return db.opd.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
