// What the admin's user pages read: the list with its filters, one account.
import { db } from "@/lib/db";
import type { Role } from "@/lib/enums";

/**
 * Staff lists are small (tens to hundreds); matching the search text in JS
 * keeps it case-insensitive on both databases alike.
 */
export async function listUsers(filter: { role: Role | null; active: boolean | null; q: string | null }) {
  const all = await db.user.findMany({
    where: {
      ...(filter.role ? { role: filter.role } : {}),
      ...(filter.active !== null ? { active: filter.active } : {}),
    },
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, username: true, name: true, nip: true, role: true, jabatan: true, active: true, irbanWilayah: true, opd: { select: { name: true } } },
  });
  const needle = filter.q?.toLowerCase().replace(/\s+/g, "");
  return needle ? all.filter((u) => `${u.name}${u.username}${u.nip ?? ""}`.toLowerCase().replace(/\s+/g, "").includes(needle)) : all;
}

export function userById(id: string) {
  return db.user.findUnique({ where: { id } });
}
