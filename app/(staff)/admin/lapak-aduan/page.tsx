import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format/dates";
import { lapakConfigured } from "@/lib/outbox/transports";
import { CreateKeyForm, RevokeKeyForm } from "./key-forms";
import { listApiKeys } from "@/lib/intake/api-keys";
import { TableWrap } from "@/app/_components/table-wrap";

export const metadata: Metadata = { title: "Lapak Aduan" };

export default async function LapakKeysPage() {
  await requirePageActor("admin:api-keys");
  const keys = await listApiKeys();
  return (
    <>
      <h1>Lapak Aduan</h1>
      <p className="muted">
        Lapak Aduan mengirim aduan ke <span className="mono">POST /api/lapak-aduan/aduan</span> dengan kunci di bawah ini dan tanda tangan HMAC (lihat{" "}
        <span className="mono">docs/lapak-aduan.md</span>). Kunci disimpan sebagai hash; rahasianya terenkripsi.
      </p>
      <p>
        Pengiriman status ke Lapak Aduan:{" "}
        {lapakConfigured() ? <span className="badge ok">dikonfigurasi</span> : <span className="badge warn">belum dikonfigurasi (LAPAK_ADUAN_URL)</span>}
      </p>
      <h2>Kunci aktif dan dicabut</h2>
      {keys.length === 0 ? (
        <p className="muted">Belum ada kunci.</p>
      ) : (
        <TableWrap label="Kunci API">
          <table data-testid="api-keys">
            <thead>
              <tr>
                <th scope="col">Nama</th>
                <th scope="col">Awalan</th>
                <th scope="col">Dipakai terakhir</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {keys.map((k) => (
                <tr key={k.id}>
                  <td>{k.name}</td>
                  <td className="mono">{k.keyPrefix}…</td>
                  <td>{k.lastUsedAt ? formatDateTime(k.lastUsedAt) : "belum"}</td>
                  <td>{k.active ? <RevokeKeyForm id={k.id} name={k.name} /> : <span className="badge off">Dicabut</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <h2>Buat kunci baru</h2>
      <CreateKeyForm />
    </>
  );
}
