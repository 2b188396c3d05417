// The follow-up of recommendations on the dashboard (issue 18): by status, the share followed up (Sesuai),
// overdue ones, money due against money recovered; per OPD and per Irban, each figure leading to the
// recommendations behind it for whoever may open them, and the recap for those who may export.
import Link from "next/link";
import type { DashboardFilter } from "@/lib/dashboard/filters";
import { FOLLOW_UP_STATUS_LABELS } from "@/lib/follow-up/labels";
import { followUpFigures, followedUpShare, type FollowUpTally } from "@/lib/follow-up/figures";
import { semesterOf } from "@/lib/follow-up/recap";
import { FOLLOW_UP_STATUSES } from "@/lib/follow-up/labels";
import { formatRupiah } from "@/lib/format/numbers";
import { TableWrap } from "@/app/_components/table-wrap";
import { percent, whole } from "./common";

function listHref(params: Record<string, string | null>) {
  const q = new URLSearchParams({ tampil: "semua" });
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  return `/tindak-lanjut?${q}`;
}

function Count({ n, href }: { n: number; href: string | null }) {
  return href && n > 0 ? <Link href={href}>{whole(n)}</Link> : <>{whole(n)}</>;
}

function TallyTable({
  caption,
  who,
  rows,
  hrefFor,
}: {
  caption: string;
  who: string;
  rows: (FollowUpTally & { id: string | null; name: string })[];
  hrefFor: (id: string | null, extra?: Record<string, string>) => string | null;
}) {
  return (
    <TableWrap label={caption}>
      <table data-testid={`follow-up-${who === "OPD" ? "opd" : "irban"}`}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{who}</th>
            <th scope="col">Rekomendasi</th>
            <th scope="col">Sesuai</th>
            <th scope="col">% sesuai</th>
            <th scope="col">Lewat batas waktu</th>
            <th scope="col">Harus dikembalikan</th>
            <th scope="col">Telah dikembalikan</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id ?? "-"}>
              <th scope="row">{r.name}</th>
              <td>
                <Count n={r.total} href={hrefFor(r.id)} />
              </td>
              <td>
                <Count n={r.byStatus.SESUAI} href={hrefFor(r.id, { status: "SESUAI" })} />
              </td>
              <td>{percent(r.byStatus.SESUAI, r.total)}</td>
              <td>
                <Count n={r.overdue} href={hrefFor(r.id, { tenggat: "lewat" })} />
              </td>
              <td>{formatRupiah(r.dueRupiah)}</td>
              <td>{formatRupiah(r.repaidRupiah)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

export async function FollowUpSection({
  filter,
  today,
  mayOpen,
  mayExport,
}: {
  filter: DashboardFilter;
  today: string;
  /** whether the figures link to /tindak-lanjut (the Inspektur) */
  mayOpen: boolean;
  mayExport: boolean;
}) {
  const f = await followUpFigures({ from: filter.from, to: filter.to, opdId: filter.opdId, irbanUserId: filter.irbanUserId }, today);
  const t = f.total;
  const share = followedUpShare(t);
  const year = filter.year ?? Number(today.slice(0, 4));
  const semester = filter.year === null || filter.year === Number(today.slice(0, 4)) ? semesterOf(today) : 2;
  const recap = (format: string) =>
    `/api/tindak-lanjut/rekap?${new URLSearchParams({ format, tahun: String(year), semester: String(semester), ...(filter.opdId ? { opd: filter.opdId } : {}) })}`;
  const byOpd = (id: string | null, extra: Record<string, string> = {}) => (mayOpen && id ? listHref({ opd: id, ...extra }) : null);
  return (
    <section className="card" aria-labelledby="tl-judul" data-testid="follow-up-section">
      <h2 id="tl-judul">Tindak lanjut rekomendasi oleh OPD</h2>
      <p className="muted" data-testid="follow-up-summary">
        {t.total === 0
          ? "Belum ada rekomendasi dari laporan yang disetujui pada periode ini."
          : `${whole(t.total)} rekomendasi dari laporan yang disetujui pada periode ini; ${percent(t.byStatus.SESUAI, t.total)} telah ditindaklanjuti sesuai rekomendasi.`}
      </p>
      {mayExport ? (
        <p className="actions no-print" data-testid="follow-up-exports">
          <span>
            Laporan Hasil Pemantauan Tindak Lanjut semester {semester} tahun {year}:
          </span>
          <a href={recap("pdf")}>PDF</a>
          <a href={recap("xlsx")}>XLSX</a>
        </p>
      ) : null}
      {t.total === 0 ? null : (
        <>
          <div className="cards figures">
            <div className="card figure-card" data-testid="figure-followed-up">
              <span className="figure">{share === null ? "—" : percent(t.byStatus.SESUAI, t.total)}</span>
              <span>Ditindaklanjuti sesuai rekomendasi</span>
              <span className="muted" style={{ fontSize: ".85rem" }}>
                {whole(t.byStatus.SESUAI)} dari {whole(t.total)} rekomendasi
              </span>
            </div>
            <div className="card figure-card" data-testid="figure-follow-up-overdue">
              <span className="figure">{whole(t.overdue)}</span>
              <span>Lewat batas waktu</span>
              <span className="muted" style={{ fontSize: ".85rem" }}>
                belum sesuai, batas waktunya sudah lewat
              </span>
            </div>
            <div className="card figure-card" data-testid="figure-money">
              <span className="figure">{percent(Number(t.repaidRupiah), Number(t.dueRupiah))}</span>
              <span>Uang yang telah dikembalikan</span>
              <span className="muted" style={{ fontSize: ".85rem" }}>
                {formatRupiah(t.repaidRupiah)} dari {formatRupiah(t.dueRupiah)}
              </span>
            </div>
          </div>
          <TableWrap label="Rekomendasi menurut status">
            <table data-testid="follow-up-status">
              <caption>Rekomendasi menurut status</caption>
              <thead>
                <tr>
                  <th scope="col">Status</th>
                  <th scope="col">Rekomendasi</th>
                  <th scope="col">Bagian</th>
                </tr>
              </thead>
              <tbody>
                {FOLLOW_UP_STATUSES.map((s) => (
                  <tr key={s}>
                    <th scope="row">{FOLLOW_UP_STATUS_LABELS[s]}</th>
                    <td>
                      <Count n={t.byStatus[s]} href={mayOpen ? listHref({ status: s, opd: filter.opdId }) : null} />
                    </td>
                    <td>{percent(t.byStatus[s], t.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <details>
            <summary>Per OPD</summary>
            <TallyTable caption="Tindak lanjut per OPD" who="OPD" rows={f.perOpd} hrefFor={byOpd} />
          </details>
          <details>
            <summary>Per Irban</summary>
            <TallyTable caption="Tindak lanjut per Irban" who="Irban" rows={f.perIrban} hrefFor={() => null} />
          </details>
        </>
      )}
    </section>
  );
}
