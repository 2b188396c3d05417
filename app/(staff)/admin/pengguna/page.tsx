import type { Metadata } from "next";
import Link from "next/link";
import { ROLE_LABELS, ROLES, WILAYAH_LABELS } from "@/lib/auth/roles";
import { listUsers } from "@/lib/admin/user-list";
import { requirePageActor } from "@/lib/auth/session";
import { formatNip } from "@/lib/staff/nip";
import { oneOf, textParam, type SearchParams } from "@/lib/validation/search-params";
import { FilterSelect } from "@/app/_components/filter-select";
import { TableWrap } from "@/app/_components/table-wrap";

export const metadata: Metadata = { title: "Pengguna" };

const STATUS = ["aktif", "nonaktif"] as const;

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageActor("admin:users");
  const params = await searchParams;
  const q = textParam(params, "q");
  const role = oneOf(params, "peran", ROLES);
  const status = oneOf(params, "status", STATUS);

  const users = await listUsers({ role: role.value, active: status.value ? status.value === "aktif" : null, q: q.value });
  const filtered = Boolean(q.value || role.value || status.value);

  return (
    <>
      <h1>Pengguna</h1>
      <div className="actions">
        <Link className="button" href="/admin/pengguna/baru">
          + Tambah pengguna
        </Link>
      </div>
      {q.invalid || role.invalid || status.invalid ? (
        <div className="notice warn" role="status">
          Sebagian penyaring pada alamat tidak valid dan diabaikan.
        </div>
      ) : null}
      <form className="filters" method="get" role="search" aria-label="Saring pengguna">
        <div className="field">
          <label htmlFor="q">Cari nama, nama pengguna atau NIP</label>
          <input id="q" name="q" defaultValue={q.value ?? ""} maxLength={100} />
        </div>
        <FilterSelect name="peran" label="Peran" all="Semua peran" value={role.value} options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} />
        <FilterSelect
          name="status"
          label="Status"
          all="Semua"
          value={status.value}
          options={[
            { value: "aktif", label: "Aktif" },
            { value: "nonaktif", label: "Nonaktif" },
          ]}
        />
        <button type="submit" className="secondary">
          Saring
        </button>
        {filtered ? <Link href="/admin/pengguna">Hapus penyaring</Link> : null}
      </form>

      {users.length === 0 ? (
        <div className="card empty">
          <h2>Tidak ada pengguna yang cocok</h2>
          <p>{filtered ? "Ubah atau hapus penyaring." : "Tambahkan pengguna pertama."}</p>
        </div>
      ) : (
        <TableWrap label="Daftar pengguna">
          <table data-testid="users-table">
            <caption className="visually-hidden">Daftar pengguna</caption>
            <thead>
              <tr>
                <th scope="col">Nama / NIP</th>
                <th scope="col">Nama pengguna</th>
                <th scope="col">Peran</th>
                <th scope="col" className="hide-sm">
                  Jabatan
                </th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id}>
                  <td>
                    <Link href={`/admin/pengguna/${u.id}`}>{u.name}</Link>
                    {u.nip ? <div className="muted mono">{formatNip(u.nip)}</div> : null}
                  </td>
                  <td className="mono">{u.username}</td>
                  <td>
                    {ROLE_LABELS[u.role]}
                    {u.irbanWilayah ? <div className="muted">{WILAYAH_LABELS[u.irbanWilayah]}</div> : null}
                    {u.opd ? <div className="muted">{u.opd.name}</div> : null}
                  </td>
                  <td className="hide-sm">{u.jabatan}</td>
                  <td>{u.active ? <span className="badge ok">Aktif</span> : <span className="badge off">Nonaktif</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  );
}
