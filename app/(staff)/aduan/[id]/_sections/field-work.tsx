import { CaseSection } from "./case-section";
import { formatDateTime } from "@/lib/format/dates";
import { formatRupiah, formatThousands } from "@/lib/format/numbers";
import type { CaseView } from "@/lib/workflow/case-view";
import { CONCLUSION_LABELS, SECTION_CHOICES, SECTION_LABELS, sectionsOf } from "@/lib/workflow/inputs/execution";
import { DeleteFindingForm, FindingForm, ReportForm, WorkNoteForm } from "../_steps/field-work-forms";

const REPORT_TITLE = { AUDIT: "Laporan Hasil Audit", KLARIFIKASI: "Laporan Hasil Klarifikasi", KOORDINASI: "Laporan Hasil Koordinasi" };

/**
 * The team's work at step 10. For the team member whose turn it is, it is the step's own form and stands in the
 * step panel (inStep); for everyone else it is a section of the page, read only.
 */
export function FieldWork({ view, inStep = false }: { view: CaseView; inStep?: boolean }) {
  const { kase, pending } = view;
  // Shown only where section-list.ts says so; editable only in the step panel.
  const editable = inStep && pending?.step.number === 10 && pending.myTurn;
  const tlType = kase.tlType ?? "KLARIFIKASI";
  const audit = tlType === "AUDIT";
  const sections = sectionsOf(tlType);
  const saved = (kase.fieldReport?.sections ?? {}) as Record<string, string | null>;

  const body = (
    <>
      <h3>Catatan kerja</h3>
      {kase.workNotes.length === 0 ? <p className="muted">Belum ada catatan kerja.</p> : null}
      <ul>
        {kase.workNotes.map((n) => (
          <li key={n.id}>
            <span style={{ whiteSpace: "pre-wrap" }}>{n.body}</span>
            <div className="muted">
              {n.author.name}, {formatDateTime(n.createdAt)}
            </div>
          </li>
        ))}
      </ul>
      {editable ? <WorkNoteForm caseId={kase.id} /> : null}

      <h3>Temuan per dugaan</h3>
      {kase.findings.length === 0 ? <p className="muted">Belum ada temuan.</p> : null}
      {kase.findings.map((f) => {
        const evidence = kase.attachments.filter((a) => a.findingId === f.id);
        return (
          <div className="finding" key={f.id} data-testid="finding">
            <strong>
              Temuan {f.position}: {f.allegation}
            </strong>
            <div>
              Simpulan: {f.conclusion ? CONCLUSION_LABELS[f.conclusion] : <em>belum disimpulkan</em>}
              {f.lossRupiah !== null
                ? ` · ${f.lossKind === "MASYARAKAT" ? "Kerugian masyarakat" : "Kerugian keuangan daerah"} ${formatRupiah(f.lossRupiah)}`
                : ""}
            </div>
            {evidence.length ? (
              <div className="muted">
                Bukti:{" "}
                {evidence.map((a, i) => (
                  <span key={a.id}>
                    {i ? ", " : ""}
                    <a href={`/api/lampiran/${a.id}`} download>
                      {a.fileName}
                    </a>
                  </span>
                ))}
              </div>
            ) : null}
            {editable ? (
              <details>
                <summary>Ubah temuan {f.position}</summary>
                <FindingForm
                  caseId={kase.id}
                  audit={audit}
                  finding={{
                    id: f.id,
                    version: f.version,
                    position: f.position,
                    allegation: f.allegation,
                    condition: f.condition ?? "",
                    criteria: f.criteria ?? "",
                    cause: f.cause ?? "",
                    effect: f.effect ?? "",
                    lossRupiah: f.lossRupiah !== null ? formatThousands(f.lossRupiah) : "",
                    lossKind: f.lossKind ?? "",
                    responsibleParty: f.responsibleParty ?? "",
                    auditeeResponse: f.auditeeResponse ?? "",
                    conclusion: f.conclusion ?? "",
                    recommendation: f.recommendation ?? "",
                  }}
                />
                <DeleteFindingForm caseId={kase.id} finding={f} />
              </details>
            ) : (
              <dl className="facts">
                {f.condition ? (
                  <>
                    <dt>Fakta</dt>
                    <dd style={{ whiteSpace: "pre-wrap" }}>{f.condition}</dd>
                  </>
                ) : null}
                {f.recommendation ? (
                  <>
                    <dt>Rekomendasi</dt>
                    <dd>{f.recommendation}</dd>
                  </>
                ) : null}
              </dl>
            )}
          </div>
        );
      })}
      {editable ? (
        <details open={kase.findings.length === 0}>
          <summary>Tambah temuan</summary>
          <FindingForm caseId={kase.id} audit={audit} />
        </details>
      ) : null}

      <h3>{REPORT_TITLE[tlType]}</h3>
      {editable ? (
        <ReportForm
          caseId={kase.id}
          sections={sections}
          values={Object.fromEntries(sections.map((s) => [s, saved[s] ?? ""]))}
          reportVersion={kase.fieldReport?.version ?? null}
        />
      ) : kase.fieldReport ? (
        <dl className="facts">
          {sections.map((s) =>
            saved[s] ? (
              <div key={s} style={{ display: "contents" }}>
                <dt>{SECTION_LABELS[s]}</dt>
                <dd style={{ whiteSpace: "pre-wrap" }}>{SECTION_CHOICES[s]?.[saved[s]!] ?? saved[s]}</dd>
              </div>
            ) : null,
          )}
        </dl>
      ) : (
        <p className="muted">Belum ada draf laporan.</p>
      )}
    </>
  );
  return inStep ? (
    <div id="pelaksanaan" className="field-work">
      {body}
    </div>
  ) : (
    <CaseSection id="pelaksanaan" title="Pelaksanaan tindak lanjut">
      {body}
    </CaseSection>
  );
}
