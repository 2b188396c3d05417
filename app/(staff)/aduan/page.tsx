import type { Metadata } from "next";
import Link from "next/link";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requirePageActor } from "@/lib/auth/session";
import { formatCivilDate } from "@/lib/format/dates";
import { pageParam, type SearchParams } from "@/lib/validation/search-params";
import { listInbox } from "@/lib/workflow/inbox";
import { SOURCE_LABELS } from "@/lib/workflow/sources";
import { STATUS_SHORT } from "@/lib/workflow/statuses";
import { STEPS } from "@/lib/workflow/steps";

export const metadata: Metadata = { title: "Kotak masuk" };

export default async function InboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor("inbox:view");
  const { page, invalid } = pageParam(await searchParams);
  const inbox = await listInbox(actor, page);
  const mySteps = STEPS.filter((s) => s.from && s.actors.includes(actor.role));

  return (
    <>
      <h1>Kotak masuk</h1>
      <p className="muted" data-testid="inbox-intro">
        Aduan yang menunggu tindakan Anda sebagai <strong>{ROLE_LABELS[actor.role]}</strong>, yang paling mendesak di atas.
      </p>
      {invalid ? (
        <div className="notice warn" role="status">
          Nomor halaman pada alamat tidak valid; ditampilkan halaman pertama.
        </div>
      ) : null}

      {inbox.total === 0 ? (
        <section className="card empty" data-testid="inbox-empty">
          <h2>Tidak ada aduan yang menunggu Anda</h2>
          <p>
            Aduan akan muncul di sini ketika sampai pada langkah yang Anda kerjakan
            {actor.role === "IRBAN" ? " dan didisposisikan kepada Anda" : ""}
            {actor.role === "PENELAAH" ? " dan Anda ditunjuk sebagai penelaah" : ""}
            {actor.role === "AUDITOR" ? " dan Anda tercantum dalam SPT yang telah ditandatangani" : ""}:
          </p>
          <ul style={{ display: "inline-block", textAlign: "left" }}>
            {mySteps.map((s) => (
              <li key={s.number}>
                Langkah {s.number}: {s.label}
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <>
          <p>
            <strong>{inbox.total}</strong> aduan menunggu.
          </p>
          <div className="table-wrap">
            <table data-testid="inbox-table">
              <caption className="visually-hidden">Aduan yang menunggu tindakan Anda</caption>
              <thead>
                <tr>
                  <th scope="col">Nomor register</th>
                  <th scope="col">Perihal</th>
                  <th scope="col" className="hide-sm">
                    Sumber
                  </th>
                  <th scope="col" className="hide-sm">
                    OPD
                  </th>
                  <th scope="col">Status</th>
                  <th scope="col">Batas waktu</th>
                </tr>
              </thead>
              <tbody>
                {inbox.cases.map((c) => (
                  <tr key={c.id}>
                    <td className="mono">
                      <Link href={`/aduan/${c.id}`}>{c.registerNumber}</Link>
                    </td>
                    <td>{c.title}</td>
                    <td className="hide-sm">{SOURCE_LABELS[c.source]}</td>
                    <td className="hide-sm">{c.opd?.name ?? "—"}</td>
                    <td>{STATUS_SHORT[c.status]}</td>
                    <td>
                      {formatCivilDate(c.dueOn)}
                      {c.dueIsEstimate ? <span className="muted"> (perkiraan)</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {inbox.pages > 1 ? (
            <nav className="pager" aria-label="Halaman">
              {page > 1 ? <Link href={`/aduan?halaman=${page - 1}`}>← Sebelumnya</Link> : null}
              <span>
                Halaman {page} dari {inbox.pages}
              </span>
              {page < inbox.pages ? <Link href={`/aduan?halaman=${page + 1}`}>Berikutnya →</Link> : null}
            </nav>
          ) : null}
        </>
      )}
    </>
  );
}
