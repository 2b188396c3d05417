import { CaseSection } from "./case-section";
import { formatCivilDate } from "@/lib/format/dates";
import { formatNip } from "@/lib/staff/nip";
import { formatRank } from "@/lib/staff/pangkat";
import type { CaseView } from "@/lib/workflow/case-view";
import { TEAM_ROLE_LABELS } from "@/lib/workflow/inputs/team";
import { TL_LABELS } from "@/lib/workflow/inputs/review";
import { TableWrap } from "@/app/_components/table-wrap";

const PLAN_STATUS: Record<string, string> = { DRAF: "Draf", DIAJUKAN: "Diajukan", DISAHKAN: "Dasar SPT yang ditandatangani", DIGANTI: "Diganti" };

export function TeamSection({ view }: { view: CaseView }) {
  const { teamPlans } = view.kase;
  const plans = teamPlans.filter((p) => p.status !== "DIGANTI");
  return (
    <CaseSection id="tim" title="Rencana tim">
      {plans.map((p) => (
        <div className="card" key={p.id} style={{ marginBottom: "1rem" }} data-testid="team-plan">
          <p className="muted">
            {TL_LABELS[p.tlType]} · {PLAN_STATUS[p.status]} · disusun {p.createdBy.name}
          </p>
          <p>
            {p.durationDays} hari kerja, {formatCivilDate(p.startOn)} s.d. {formatCivilDate(p.endOn)}
          </p>
          <p style={{ whiteSpace: "pre-wrap" }}>
            <strong>Tujuan:</strong> {p.objectives}
          </p>
          {p.scope ? (
            <p style={{ whiteSpace: "pre-wrap" }}>
              <strong>Ruang lingkup:</strong> {p.scope}
            </p>
          ) : null}
          <TableWrap label="Susunan tim">
            <table>
              <thead>
                <tr>
                  <th scope="col">No</th>
                  <th scope="col">Nama / NIP</th>
                  <th scope="col" className="hide-sm">
                    Pangkat/Gol.
                  </th>
                  <th scope="col" className="hide-sm">
                    Jabatan
                  </th>
                  <th scope="col">Jabatan dalam Tim</th>
                </tr>
              </thead>
              <tbody>
                {p.members.map((m, i) => (
                  <tr key={m.id}>
                    <td>{i + 1}</td>
                    <td>
                      {m.user.name}
                      {m.user.nip ? <div className="muted mono">{formatNip(m.user.nip)}</div> : null}
                    </td>
                    <td className="hide-sm">{formatRank(m.user)}</td>
                    <td className="hide-sm">{m.user.jabatan}</td>
                    <td>{TEAM_ROLE_LABELS[m.teamRole]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </div>
      ))}
    </CaseSection>
  );
}
