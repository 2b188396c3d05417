import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { DOCUMENT_LABELS } from "@/lib/documents/build";
import { requirePageActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { ASSESSMENT_LABELS, FOLLOW_UP_STATUS_LABELS, RECOMMENDATION_KIND_LABELS } from "@/lib/follow-up/labels";
import { outstandingOf } from "@/lib/follow-up/respond";
import { SETTLED, transitionsFor, waitingLabel } from "@/lib/follow-up/transitions";
import { recommendationView } from "@/lib/follow-up/view";
import { formatCivilDate, formatDateTime, todayInJakarta } from "@/lib/format/dates";
import { formatBytes, formatRupiah } from "@/lib/format/numbers";
import { describeEvent } from "@/lib/workflow/history-text";
import { CONCLUSION_LABELS } from "@/lib/workflow/inputs/execution";
import { AssessForm, EditForm, OverruleForm, RespondForm } from "./follow-up-forms";

export const metadata: Metadata = { title: "Rekomendasi" };

const MESSAGES: Record<string, string> = {
  ditanggapi: "Laporan tindak lanjut terkirim; menunggu penilaian Irban.",
  dinilai: "Penilaian disimpan; OPD diberi tahu.",
  ditetapkan: "Status ditetapkan.",
  diubah: "Perubahan rekomendasi disimpan dan dicatat dalam riwayat.",
};

export default async function RecommendationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor("followup:view");
  const { id } = await params;
  const view = await recommendationView(actor, id.slice(0, 40)).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const { rec, finding, responses, history, report, letters } = view;
  const pesan = (await searchParams).pesan;
  const message = typeof pesan === "string" ? MESSAGES[pesan] : undefined;
  const today = todayInJakarta();
  const settled = SETTLED.includes(rec.status);
  const overdue = !settled && rec.deadlineOn < today;
  const forms = transitionsFor(actor.role, rec);
  const pending = responses.at(-1)?.assessment === null ? responses.at(-1)! : null;
  const money = rec.amountDueRupiah !== null;
  // The Irban judges the response: it stands right above the form, as a step's subject does on the case page.
  const assessing = forms.some((t) => t.key === "assess");
  const responsesSection = (
    <section className="card" aria-labelledby="rec-responses">
      <h2 id="rec-responses">Laporan tindak lanjut OPD</h2>
      {responses.length === 0 ? (
        <p className="muted" data-testid="no-responses">
          OPD belum melaporkan tindak lanjut.
        </p>
      ) : (
        <ol className="timeline" data-testid="responses">
          {responses.map((r) => (
            <li key={r.id}>
              <div>
                <strong>Laporan {r.position}</strong> · {formatDateTime(r.createdAt)} · {r.respondedBy.name}
              </div>
              <p style={{ whiteSpace: "pre-wrap", margin: ".25rem 0" }}>{r.text}</p>
              {r.repaidRupiah !== null ? (
                <div>
                  Setoran: {formatRupiah(r.repaidRupiah)}
                  {r.repaymentAccepted === false ? " (tidak diterima)" : r.repaymentAccepted ? " (diterima)" : ""}
                </div>
              ) : null}
              {r.attachments.length ? (
                <ul className="details">
                  {r.attachments.map((a) => (
                    <li key={a.id} style={{ padding: 0 }}>
                      <a href={`/api/lampiran/${a.id}`}>{a.fileName}</a> <span className="muted">({formatBytes(a.size)})</span>
                    </li>
                  ))}
                </ul>
              ) : null}
              <div className="muted" data-testid="response-assessment">
                {r.assessment
                  ? `Penilaian ${r.assessedBy?.name ?? "Irban"} (${r.assessedAt ? formatDateTime(r.assessedAt) : ""}): ${ASSESSMENT_LABELS[r.assessment]}${r.assessmentNotes ? ` — ${r.assessmentNotes}` : ""}`
                  : "Menunggu penilaian Irban."}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );

  return (
    <div className="page-stack">
      <p>
        <Link href="/tindak-lanjut">← Tindak lanjut</Link>
        {can(actor.role, "case:view") ? (
          <>
            {" · "}
            <Link href={`/aduan/${rec.caseId}#rekomendasi`}>Aduan {rec.case.registerNumber}</Link>
          </>
        ) : null}
      </p>
      <h1>
        Rekomendasi {rec.position} <span className="muted mono">· {rec.case.registerNumber}</span>
      </h1>
      {message ? (
        <div className="notice ok" role="status" data-testid="page-message">
          {message}
        </div>
      ) : null}

      <section className="card" aria-labelledby="rec-facts">
        <h2 id="rec-facts" className="visually-hidden">
          Ringkasan rekomendasi
        </h2>
        <p data-testid="rec-text" style={{ whiteSpace: "pre-wrap" }}>
          {rec.text}
        </p>
        <dl className="facts">
          <dt>Status</dt>
          <dd data-testid="rec-status">
            <strong>{FOLLOW_UP_STATUS_LABELS[rec.status]}</strong>
            {settled ? null : <> · {waitingLabel(rec)}</>}
            {rec.statusReason ? <div className="muted">Alasan: {rec.statusReason}</div> : null}
          </dd>
          <dt>Jenis</dt>
          <dd>{RECOMMENDATION_KIND_LABELS[rec.kind]}</dd>
          {money ? (
            <>
              <dt>Pengembalian</dt>
              <dd data-testid="rec-money">
                {formatRupiah(rec.repaidRupiah)} dari {formatRupiah(rec.amountDueRupiah!)} dikembalikan; sisa {formatRupiah(outstandingOf(rec))}
              </dd>
            </>
          ) : null}
          <dt>OPD</dt>
          <dd>{rec.opd?.name ?? "—"}</dd>
          {rec.responsibleOfficial ? (
            <>
              <dt>Penanggung jawab</dt>
              <dd>{rec.responsibleOfficial}</dd>
            </>
          ) : null}
          <dt>Batas waktu</dt>
          <dd>
            {formatCivilDate(rec.deadlineOn)}
            {overdue ? (
              <>
                {" "}
                <span className="badge late">Lewat batas waktu</span>
              </>
            ) : null}
          </dd>
          {letters.length ? (
            <>
              <dt>Surat</dt>
              <dd>
                <ul className="details" data-testid="rec-letters">
                  {letters.map((l) => (
                    <li key={l.id} style={{ padding: 0 }}>
                      {DOCUMENT_LABELS[l.type]} Nomor {l.number}
                      {l.signedAt ? `, ${formatDateTime(l.signedAt)}` : ""}: <a href={`/api/dokumen/${l.id}?format=pdf`}>PDF</a>{" "}
                      <a href={`/api/dokumen/${l.id}?format=docx`}>DOCX</a>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          {report?.number ? (
            <>
              <dt>Laporan</dt>
              <dd>
                Nomor {report.number}
                {report.signedAt ? `, ${formatDateTime(report.signedAt)}` : ""}
              </dd>
            </>
          ) : null}
        </dl>
      </section>

      {assessing ? responsesSection : null}

      {forms.map((t) => (
        <section key={t.key} className="card step-card" aria-labelledby={`form-${t.key}`} data-testid={`form-${t.key}`}>
          <h2 id={`form-${t.key}`}>{t.label}</h2>
          {t.key === "respond" ? (
            <RespondForm id={rec.id} version={rec.version} outstanding={money && rec.kind === "PENGEMBALIAN_UANG" ? formatRupiah(outstandingOf(rec)) : null} />
          ) : t.key === "assess" ? (
            <AssessForm
              id={rec.id}
              version={rec.version}
              repayment={pending?.repaidRupiah ? formatRupiah(pending.repaidRupiah) : null}
              moneyDue={rec.kind === "PENGEMBALIAN_UANG" && money}
            />
          ) : t.key === "overrule" ? (
            <OverruleForm id={rec.id} version={rec.version} current={rec.status} />
          ) : (
            <details>
              <summary>Buka formulir perubahan</summary>
              <EditForm
                id={rec.id}
                version={rec.version}
                values={{
                  text: rec.text,
                  kind: rec.kind,
                  responsibleOfficial: rec.responsibleOfficial ?? "",
                  amountDueRupiah: rec.amountDueRupiah?.toString() ?? "",
                  deadlineOn: rec.deadlineOn,
                }}
              />
            </details>
          )}
        </section>
      ))}

      {finding ? (
        <section className="card" aria-labelledby="rec-finding">
          <h2 id="rec-finding">Temuan yang mendasari</h2>
          <dl className="facts">
            <dt>Hal yang diadukan</dt>
            <dd>{finding.allegation}</dd>
            {finding.condition ? (
              <>
                <dt>Kondisi</dt>
                <dd>{finding.condition}</dd>
              </>
            ) : null}
            {finding.criteria ? (
              <>
                <dt>Kriteria</dt>
                <dd>{finding.criteria}</dd>
              </>
            ) : null}
            {finding.cause ? (
              <>
                <dt>Sebab</dt>
                <dd>{finding.cause}</dd>
              </>
            ) : null}
            {finding.effect ? (
              <>
                <dt>Akibat</dt>
                <dd>{finding.effect}</dd>
              </>
            ) : null}
            {finding.lossRupiah ? (
              <>
                <dt>Kerugian</dt>
                <dd>{formatRupiah(finding.lossRupiah)}</dd>
              </>
            ) : null}
            {finding.conclusion ? (
              <>
                <dt>Simpulan</dt>
                <dd>{CONCLUSION_LABELS[finding.conclusion]}</dd>
              </>
            ) : null}
          </dl>
        </section>
      ) : null}

      {assessing ? null : responsesSection}

      <section className="card" aria-labelledby="rec-history">
        <h2 id="rec-history">Riwayat rekomendasi</h2>
        {history.length === 0 ? (
          <p className="muted">Dicatat saat laporan disetujui; belum ada perubahan.</p>
        ) : (
          <ol className="timeline" data-testid="rec-history">
            {history.map((h) => {
              const { title, details } = describeEvent({ step: null, type: h.type, data: h.data });
              return (
                <li key={h.seq}>
                  <div>
                    <strong>{title}</strong>
                  </div>
                  <div className="when">
                    {formatDateTime(h.createdAt)} · {h.actor?.name ?? "Sistem"}
                  </div>
                  {details.length ? (
                    <ul className="details">
                      {details.map((d, i) => (
                        <li key={i} style={{ padding: 0 }}>
                          {d}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              );
            })}
          </ol>
        )}
        <p className="muted">Setiap perubahan tercatat dalam riwayat aduan yang terantai (hash), sehingga tidak dapat diubah diam-diam.</p>
      </section>
    </div>
  );
}
