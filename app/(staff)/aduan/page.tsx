import type { Metadata } from "next";
import Link from "next/link";
import { DueBadge } from "@/app/_components/due-badge";
import { can } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requirePageActor } from "@/lib/auth/session";
import { CaseSource, CaseStatus } from "@/lib/enums";
import { formatCivilDate, todayInJakarta } from "@/lib/format/dates";
import { ESTIMATE_NOTE, dueState, loadCalendar } from "@/lib/sla/calendar";
import { oneOf, pageParam, textParam, type SearchParams } from "@/lib/validation/search-params";
import { listInbox } from "@/lib/workflow/inbox";
import { countWaiting } from "@/lib/follow-up/list";
import { opdNames } from "@/lib/intake/opd-choices";
import { casePeopleOfRole } from "@/lib/workflow/holders";
import { SOURCE_LABELS } from "@/lib/workflow/sources";
import { FINAL_STATUSES, STATUS_SHORT } from "@/lib/workflow/statuses";
import { STEPS, takes } from "@/lib/workflow/steps";
import { FilterSelect } from "@/app/_components/filter-select";
import { TableWrap } from "@/app/_components/table-wrap";

export const metadata: Metadata = { title: "Kotak masuk" };

const VIEWS = ["menunggu", "semua"] as const;

export default async function InboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor("inbox:view");
  const params = await searchParams;
  const { page, invalid: badPage } = pageParam(params);
  const view = oneOf(params, "tampil", VIEWS);
  const status = oneOf(params, "status", Object.values(CaseStatus));
  const source = oneOf(params, "sumber", Object.values(CaseSource));
  const opdParam = textParam(params, "opd", 40);
  const q = textParam(params, "q", 100);
  const yearParam = textParam(params, "tahun", 4);
  const year = yearParam.value && /^20\d{2}$/.test(yearParam.value) ? Number(yearParam.value) : null;
  const opds = await opdNames();
  const opdId = opdParam.value && opds.some((o) => o.id === opdParam.value) ? opdParam.value : null;
  const invalid =
    badPage || view.invalid || status.invalid || source.invalid || q.invalid || (opdParam.value !== null && !opdId) || (yearParam.value !== null && !year);

  const mode = view.value ?? "menunggu";
  const inbox = await listInbox(actor, { view: mode, status: status.value, source: source.value, opdId, year, q: q.value, page });
  const calendar = await loadCalendar();
  // Recommendations waiting for this Irban's assessment live on their own page: the inbox points there.
  const followUps = can(actor.role, "followup:view") ? await countWaiting(actor) : 0;
  const today = todayInJakarta();
  const mySteps = STEPS.filter((s) => s.from && takes(s, actor.role));
  const filtered = Boolean(status.value || source.value || opdId || year || q.value);
  const thisYear = Number(today.slice(0, 4));
  const link = (overrides: Record<string, string | null>) => {
    const next = new URLSearchParams();
    const current: Record<string, string | null> = {
      tampil: view.value,
      status: status.value,
      sumber: source.value,
      opd: opdId,
      tahun: year ? String(year) : null,
      q: q.value,
      ...overrides,
    };
    for (const [k, v] of Object.entries(current)) if (v) next.set(k, v);
    const s = next.toString();
    return s ? `/aduan?${s}` : "/aduan";
  };
  const statusOptions = mode === "menunggu" ? inbox.statuses : Object.values(CaseStatus);

  return (
    <>
      <h1>{mode === "menunggu" ? "Kotak masuk" : "Semua aduan"}</h1>
      <p className="muted" data-testid="inbox-intro">
        {mode === "menunggu" ? (
          <>
            Aduan yang menunggu tindakan Anda sebagai <strong>{ROLE_LABELS[actor.role]}</strong>, yang paling mendesak di atas.
          </>
        ) : (
          <>Semua aduan yang dapat Anda lihat sebagai {ROLE_LABELS[actor.role]}, yang terbaru di atas.</>
        )}
      </p>
      <div className="actions">
        <Link className={mode === "menunggu" ? "button" : "button secondary"} href="/aduan" aria-current={mode === "menunggu" ? "page" : undefined}>
          Menunggu saya
        </Link>
        <Link className={mode === "semua" ? "button" : "button secondary"} href="/aduan?tampil=semua" aria-current={mode === "semua" ? "page" : undefined}>
          Semua aduan
        </Link>
        {can(actor.role, "case:register") ? (
          <Link className="button secondary" href="/aduan/baru">
            + Catat aduan
          </Link>
        ) : null}
        {can(actor.role, "lapak:import") ? (
          <Link className="button secondary" href="/aduan/impor">
            Impor CSV Lapak Aduan
          </Link>
        ) : null}
      </div>
      {invalid ? (
        <div className="notice warn" role="status">
          Sebagian isian pada alamat tidak valid dan diabaikan.
        </div>
      ) : null}
      {followUps ? (
        <div className="notice info" data-testid="follow-ups-waiting">
          <Link href="/tindak-lanjut">{followUps} tindak lanjut rekomendasi menunggu penilaian Anda</Link>
        </div>
      ) : null}

      <details className="filter-box" open={filtered || undefined}>
        <summary>Saring dan cari</summary>
        <form className="filters" method="get" role="search" aria-label="Saring aduan">
          {view.value ? <input type="hidden" name="tampil" value={view.value} /> : null}
          <div className="field">
            <label htmlFor="q">Cari nomor register atau perihal</label>
            <input id="q" name="q" defaultValue={q.value ?? ""} maxLength={100} />
          </div>
          <FilterSelect
            name="status"
            label="Status"
            all="Semua status"
            value={status.value}
            options={statusOptions.map((s) => ({ value: s, label: STATUS_SHORT[s] }))}
          />
          <FilterSelect
            name="sumber"
            label="Sumber"
            all="Semua sumber"
            value={source.value}
            options={Object.values(CaseSource).map((s) => ({ value: s, label: SOURCE_LABELS[s] }))}
          />
          <FilterSelect name="opd" label="OPD" all="Semua OPD" value={opdId} options={opds.map((o) => ({ value: o.id, label: o.name }))} />
          <FilterSelect
            name="tahun"
            label="Tahun"
            all="Semua tahun"
            value={year ? String(year) : ""}
            options={[thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: String(y), label: String(y) }))}
          />
          <button type="submit" className="secondary">
            Saring
          </button>
          {filtered ? <Link href={link({ status: null, sumber: null, opd: null, tahun: null, q: null })}>Hapus penyaring</Link> : null}
        </form>
      </details>

      {inbox.total === 0 ? (
        <section className="card empty" data-testid="inbox-empty">
          {filtered ? (
            <>
              <h2>Tidak ada aduan yang cocok</h2>
              <p>Ubah atau hapus penyaring.</p>
            </>
          ) : mode === "semua" ? (
            <>
              <h2>Belum ada aduan</h2>
              <p>Aduan yang dapat Anda lihat akan muncul di sini.</p>
            </>
          ) : (
            <>
              <h2>Tidak ada aduan yang menunggu Anda</h2>
              <p>
                Aduan akan muncul di sini ketika sampai pada langkah yang Anda kerjakan
                {casePeopleOfRole(actor.role) ? ` ${casePeopleOfRole(actor.role)!.inboxCondition}` : ""}:
              </p>
              <ul style={{ display: "inline-block", textAlign: "left" }}>
                {mySteps.map((s) => (
                  <li key={s.number}>
                    Langkah {s.code}: {s.label}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ) : (
        <>
          <p>
            <strong>{inbox.total}</strong> aduan{mode === "menunggu" ? " menunggu" : ""}.
          </p>
          <TableWrap label="Daftar aduan">
            {/* Stacked rows on a phone (globals.css, .stack-sm); explicit roles keep it a table for screen readers. */}
            <table data-testid="inbox-table" className="stack-sm" role="table">
              <caption className="visually-hidden">Daftar aduan</caption>
              <thead role="rowgroup">
                <tr role="row">
                  <th scope="col" role="columnheader">
                    Nomor register
                  </th>
                  <th scope="col" role="columnheader">
                    Perihal
                  </th>
                  <th scope="col" role="columnheader" className="hide-sm">
                    Sumber
                  </th>
                  <th scope="col" role="columnheader" className="hide-sm">
                    OPD
                  </th>
                  <th scope="col" role="columnheader">
                    Status
                  </th>
                  <th scope="col" role="columnheader">
                    Batas waktu
                  </th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                {inbox.cases.map((c) => {
                  const closed = (FINAL_STATUSES as readonly string[]).includes(c.status);
                  return (
                    <tr key={c.id} role="row">
                      <td className="mono" role="cell">
                        <Link href={`/aduan/${c.id}`}>{c.registerNumber}</Link>
                      </td>
                      <td role="cell">{c.title}</td>
                      <td role="cell" className="hide-sm">
                        {SOURCE_LABELS[c.source]}
                      </td>
                      <td role="cell" className="hide-sm">
                        {c.opd?.name ?? "—"}
                      </td>
                      <td role="cell" data-label="Status">
                        {STATUS_SHORT[c.status]}
                      </td>
                      <td role="cell" data-label="Batas waktu">
                        {formatCivilDate(c.dueOn)}
                        {c.dueIsEstimate ? (
                          <span className="muted" title={ESTIMATE_NOTE}>
                            {" "}
                            (perkiraan)
                          </span>
                        ) : null}
                        <div>
                          <DueBadge state={dueState(calendar, c.dueOn, today, { followedUpOn: c.followedUpOn, closed, paused: c.clockPausedOn !== null })} />
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableWrap>
          {inbox.pages > 1 ? (
            <nav className="pager" aria-label="Halaman">
              {page > 1 ? <Link href={link({ halaman: String(page - 1) })}>← Sebelumnya</Link> : null}
              <span>
                Halaman {page} dari {inbox.pages}
              </span>
              {page < inbox.pages ? <Link href={link({ halaman: String(page + 1) })}>Berikutnya →</Link> : null}
            </nav>
          ) : null}
        </>
      )}
    </>
  );
}
