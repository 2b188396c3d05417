import type { Metadata } from "next";
import Link from "next/link";
import { OPD_KIND_LABELS } from "@/lib/admin/opds";
import { WILAYAH, WILAYAH_LABELS } from "@/lib/auth/roles";
import { listOpds } from "@/lib/admin/opd-list";
import { requirePageActor } from "@/lib/auth/session";
import { oneOf, textParam, type SearchParams } from "@/lib/validation/search-params";
import { FilterSelect } from "@/app/_components/filter-select";
import { TableWrap } from "@/app/_components/table-wrap";

export const metadata: Metadata = { title: "OPD" };

const MESSAGES: Record<string, string> = { dibuat: "OPD ditambahkan.", disimpan: "Perubahan OPD disimpan." };

export default async function OpdListPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageActor("admin:opds");
  const params = await searchParams;
  const q = textParam(params, "q");
  const wilayah = oneOf(params, "wilayah", WILAYAH);
  const opds = await listOpds({ wilayah: wilayah.value, q: q.value });
  const message = typeof params.pesan === "string" ? MESSAGES[params.pesan] : undefined;

  return (
    <>
      <h1>OPD dan wilayah Irban</h1>
      <p className="muted">
        Perangkat daerah dan kecamatan beserta Irban yang mengawasinya. Pembagian wilayah yang bertanda “perkiraan” belum dicocokkan dengan keputusan resmi.
      </p>
      {message ? (
        <div className="notice ok" role="status" data-testid="page-message">
          {message}
        </div>
      ) : null}
      {q.invalid || wilayah.invalid ? (
        <div className="notice warn" role="status">
          Sebagian penyaring pada alamat tidak valid dan diabaikan.
        </div>
      ) : null}
      <div className="actions">
        <Link className="button" href="/admin/opd/baru">
          + Tambah OPD
        </Link>
      </div>
      <form className="filters" method="get" role="search" aria-label="Saring OPD">
        <div className="field">
          <label htmlFor="q">Cari nama atau kode</label>
          <input id="q" name="q" defaultValue={q.value ?? ""} maxLength={100} />
        </div>
        <FilterSelect
          name="wilayah"
          label="Wilayah Irban"
          all="Semua wilayah"
          value={wilayah.value}
          options={WILAYAH.map((w) => ({ value: w, label: WILAYAH_LABELS[w] }))}
        />
        <button type="submit" className="secondary">
          Saring
        </button>
      </form>
      {opds.length === 0 ? (
        <div className="card empty">
          <h2>Tidak ada OPD yang cocok</h2>
          <p>Ubah penyaring atau tambahkan OPD.</p>
        </div>
      ) : (
        <TableWrap label="Daftar OPD">
          <table data-testid="opd-table">
            <caption className="visually-hidden">Daftar OPD</caption>
            <thead>
              <tr>
                <th scope="col">Nama</th>
                <th scope="col" className="hide-sm">
                  Kode
                </th>
                <th scope="col" className="hide-sm">
                  Jenis
                </th>
                <th scope="col">Irban</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {opds.map((o) => (
                <tr key={o.id}>
                  <td>
                    <Link href={`/admin/opd/${o.id}`}>{o.name}</Link>
                  </td>
                  <td className="hide-sm mono">{o.code}</td>
                  <td className="hide-sm">{OPD_KIND_LABELS[o.kind]}</td>
                  <td>
                    {WILAYAH_LABELS[o.irbanWilayah]}
                    {o.irbanVerified ? null : <span className="muted"> (perkiraan)</span>}
                  </td>
                  <td>{o.active ? <span className="badge ok">Aktif</span> : <span className="badge off">Nonaktif</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <p className="muted">{opds.length} OPD ditampilkan.</p>
    </>
  );
}
