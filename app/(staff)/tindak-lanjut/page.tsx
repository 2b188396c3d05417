import type { Metadata } from "next";
import Link from "next/link";
import { FilterSelect } from "@/app/_components/filter-select";
import { TableWrap } from "@/app/_components/table-wrap";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requirePageActor } from "@/lib/auth/session";
import { FollowUpStatus, RecommendationKind } from "@/lib/enums";
import { FOLLOW_UP_STATUS_LABELS, RECOMMENDATION_KIND_LABELS } from "@/lib/follow-up/labels";
import { DEADLINE_FILTERS, listFollowUps, type DeadlineFilter } from "@/lib/follow-up/list";
import { FOLLOW_UP_TRANSITIONS, SETTLED, waitingLabel } from "@/lib/follow-up/transitions";
import { formatCivilDate, todayInJakarta } from "@/lib/format/dates";
import { formatRupiah } from "@/lib/format/numbers";
import { opdNames } from "@/lib/intake/opd-choices";
import { oneOf, pageParam, textParam, type SearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Tindak lanjut rekomendasi" };

const VIEWS = ["menunggu", "semua"] as const;

export default async function FollowUpListPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor("followup:view");
  const params = await searchParams;
  const { page, invalid: badPage } = pageParam(params);
  const view = oneOf(params, "tampil", VIEWS);
  const status = oneOf(params, "status", Object.values(FollowUpStatus));
  const kind = oneOf(params, "jenis", Object.values(RecommendationKind));
  const deadline = oneOf(params, "tenggat", Object.keys(DEADLINE_FILTERS) as DeadlineFilter[]);
  const opdParam = textParam(params, "opd", 40);
  const yearParam = textParam(params, "tahun", 4);
  const year = yearParam.value && /^20\d{2}$/.test(yearParam.value) ? Number(yearParam.value) : null;
  // A liaison works for one OPD: no OPD filter for them.
  const opds = actor.role === "OPD" ? [] : await opdNames();
  const opdId = opdParam.value && opds.some((o) => o.id === opdParam.value) ? opdParam.value : null;
  const invalid =
    badPage || view.invalid || status.invalid || kind.invalid || deadline.invalid || (opdParam.value !== null && !opdId) || (yearParam.value !== null && !year);
  const myTurns = FOLLOW_UP_TRANSITIONS.filter((t) => t.waitsForActor && t.actors.includes(actor.role));
  const mode = view.value ?? (myTurns.length ? "menunggu" : "semua");
  const list = await listFollowUps(actor, { view: mode, opdId, status: status.value, kind: kind.value, year, deadline: deadline.value, page });
  const today = todayInJakarta();
  const thisYear = Number(today.slice(0, 4));
  const filtered = Boolean(status.value || kind.value || opdId || year || deadline.value);
  const link = (overrides: Record<string, string | null>) => {
    const q = new URLSearchParams();
    const current: Record<string, string | null> = {
      tampil: view.value,
      status: status.value,
      jenis: kind.value,
      opd: opdId,
      tahun: year ? String(year) : null,
      tenggat: deadline.value,
      ...overrides,
    };
    for (const [k, v] of Object.entries(current)) if (v) q.set(k, v);
    const s = q.toString();
    return s ? `/tindak-lanjut?${s}` : "/tindak-lanjut";
  };

  return (
    <>
      <h1>Tindak lanjut rekomendasi</h1>
      <p className="muted" data-testid="follow-up-intro">
        {mode === "menunggu" ? (
          <>
            Rekomendasi yang menunggu Anda sebagai <strong>{ROLE_LABELS[actor.role]}</strong>: {myTurns.map((t) => t.label.toLowerCase()).join(", ")}. Batas
            waktu terdekat di atas.
          </>
        ) : (
          <>Semua rekomendasi yang dapat Anda lihat, batas waktu terdekat di atas.</>
        )}
      </p>
      {myTurns.length ? (
        <div className="actions">
          <Link className={mode === "menunggu" ? "button" : "button secondary"} href="/tindak-lanjut" aria-current={mode === "menunggu" ? "page" : undefined}>
            Menunggu saya
          </Link>
          <Link
            className={mode === "semua" ? "button" : "button secondary"}
            href="/tindak-lanjut?tampil=semua"
            aria-current={mode === "semua" ? "page" : undefined}
          >
            Semua rekomendasi
          </Link>
        </div>
      ) : null}
      {invalid ? (
        <div className="notice warn" role="status">
          Sebagian isian pada alamat tidak valid dan diabaikan.
        </div>
      ) : null}

      <details className="filter-box" open={filtered || undefined}>
        <summary>Saring</summary>
        <form className="filters" method="get" role="search" aria-label="Saring rekomendasi">
          {view.value ? <input type="hidden" name="tampil" value={view.value} /> : null}
          {actor.role === "OPD" ? null : (
            <FilterSelect name="opd" label="OPD" all="Semua OPD" value={opdId} options={opds.map((o) => ({ value: o.id, label: o.name }))} />
          )}
          <FilterSelect
            name="status"
            label="Status"
            all="Semua status"
            value={status.value}
            options={Object.values(FollowUpStatus).map((s) => ({ value: s, label: FOLLOW_UP_STATUS_LABELS[s] }))}
          />
          <FilterSelect
            name="jenis"
            label="Jenis"
            all="Semua jenis"
            value={kind.value}
            options={Object.values(RecommendationKind).map((k) => ({ value: k, label: RECOMMENDATION_KIND_LABELS[k] }))}
          />
          <FilterSelect
            name="tahun"
            label="Tahun laporan"
            all="Semua tahun"
            value={year ? String(year) : ""}
            options={[thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: String(y), label: String(y) }))}
          />
          <FilterSelect
            name="tenggat"
            label="Batas waktu"
            all="Semua"
            value={deadline.value}
            options={Object.entries(DEADLINE_FILTERS).map(([value, label]) => ({ value, label }))}
          />
          <button type="submit" className="secondary">
            Saring
          </button>
          {filtered ? <Link href={link({ status: null, jenis: null, opd: null, tahun: null, tenggat: null })}>Hapus penyaring</Link> : null}
        </form>
      </details>

      {list.total === 0 ? (
        <section className="card empty" data-testid="follow-up-empty">
          {filtered ? (
            <>
              <h2>Tidak ada rekomendasi yang cocok</h2>
              <p>Ubah atau hapus penyaring.</p>
            </>
          ) : mode === "menunggu" ? (
            <>
              <h2>Tidak ada rekomendasi yang menunggu Anda</h2>
              <p>
                {actor.role === "OPD"
                  ? "Rekomendasi untuk OPD Anda muncul di sini setelah laporan hasil penanganan disetujui Inspektur."
                  : "Rekomendasi muncul di sini ketika OPD melaporkan tindak lanjutnya."}
              </p>
            </>
          ) : (
            <>
              <h2>Belum ada rekomendasi</h2>
              <p>Rekomendasi dicatat saat Inspektur menyetujui laporan hasil penanganan aduan.</p>
            </>
          )}
        </section>
      ) : (
        <>
          <p>
            <strong>{list.total}</strong> rekomendasi{mode === "menunggu" ? " menunggu Anda" : ""}.
          </p>
          <TableWrap label="Daftar rekomendasi">
            <table data-testid="follow-up-table" className="stack-sm" role="table">
              <caption className="visually-hidden">Daftar rekomendasi</caption>
              <thead role="rowgroup">
                <tr role="row">
                  <th scope="col" role="columnheader">
                    Rekomendasi
                  </th>
                  <th scope="col" role="columnheader">
                    Jenis
                  </th>
                  {actor.role === "OPD" ? null : (
                    <th scope="col" role="columnheader">
                      OPD
                    </th>
                  )}
                  <th scope="col" role="columnheader">
                    Batas waktu
                  </th>
                  <th scope="col" role="columnheader">
                    Status
                  </th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                {list.rows.map((r) => {
                  const overdue = !SETTLED.includes(r.status) && r.deadlineOn < today;
                  return (
                    <tr key={r.id} role="row">
                      <td role="cell">
                        <Link href={`/tindak-lanjut/${r.id}`}>
                          {r.case.registerNumber} · rekomendasi {r.position}
                        </Link>
                        <div>{r.text}</div>
                      </td>
                      <td role="cell" data-label="Jenis">
                        {RECOMMENDATION_KIND_LABELS[r.kind]}
                        {r.amountDueRupiah !== null ? (
                          <div className="muted">
                            {formatRupiah(r.repaidRupiah)} dari {formatRupiah(r.amountDueRupiah)}
                          </div>
                        ) : null}
                      </td>
                      {actor.role === "OPD" ? null : (
                        <td role="cell" data-label="OPD">
                          {r.opd?.name ?? "—"}
                        </td>
                      )}
                      <td role="cell" data-label="Batas waktu">
                        {formatCivilDate(r.deadlineOn)}
                        {overdue ? (
                          <div>
                            <span className="badge late">Lewat batas waktu</span>
                          </div>
                        ) : null}
                      </td>
                      <td role="cell" data-label="Status">
                        {FOLLOW_UP_STATUS_LABELS[r.status]}
                        {SETTLED.includes(r.status) ? null : <div className="muted">{waitingLabel(r)}</div>}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableWrap>
          {list.pages > 1 ? (
            <nav className="pager" aria-label="Halaman">
              {page > 1 ? <Link href={link({ halaman: String(page - 1) })}>← Sebelumnya</Link> : null}
              <span>
                Halaman {page} dari {list.pages}
              </span>
              {page < list.pages ? <Link href={link({ halaman: String(page + 1) })}>Berikutnya →</Link> : null}
            </nav>
          ) : null}
        </>
      )}
    </>
  );
}
