import type { Metadata } from "next";
import { describeApproval, pendingApprovals } from "@/lib/admin/approvals";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requirePageActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format/dates";
import { formatNip } from "@/lib/staff/nip";
import { DecisionForm } from "./decision-form";

export const metadata: Metadata = { title: "Persetujuan akun" };

export default async function AccountApprovalsPage() {
  const actor = await requirePageActor("account:approve");
  const requests = await pendingApprovals(actor);
  return (
    <>
      <h1>Persetujuan akun</h1>
      <p>
        Admin mengelola akun, tetapi peran yang melihat identitas pelapor atau memutuskan siapa yang boleh melihatnya (Tim Pengaduan, Inspektur), dan kata sandi
        baru bagi pemegangnya, berlaku setelah Anda menyetujuinya. Kata sandi sekali pakai ditampilkan kepada Anda untuk diserahkan langsung kepada pemilik
        akun.
      </p>
      {requests.length === 0 ? (
        <p className="card empty" data-testid="approvals-empty">
          Tidak ada permintaan yang menunggu keputusan Anda.
        </p>
      ) : (
        <ul className="stack" style={{ listStyle: "none", padding: 0, maxWidth: "48rem" }}>
          {requests.map((r) => (
            <li key={r.id} className="card" data-testid="approval-request">
              <h2 style={{ marginTop: 0 }}>{describeApproval(r)}</h2>
              <dl className="facts">
                <dt>Akun</dt>
                <dd>
                  {r.user.name} ({r.user.username}
                  {r.user.nip ? `, NIP ${formatNip(r.user.nip)}` : ""}) — {r.user.jabatan}
                </dd>
                <dt>Peran sekarang</dt>
                <dd>{r.user.lastSignInAt ? ROLE_LABELS[r.user.role] : "akun baru, belum pernah dipakai"}</dd>
                <dt>Diminta oleh</dt>
                <dd>
                  {r.requestedBy.name}, {formatDateTime(r.createdAt)}
                </dd>
              </dl>
              {r.userId === actor.id ? (
                <p className="muted">Permintaan tentang akun Anda sendiri diputuskan oleh Inspektur lain atau dari baris perintah.</p>
              ) : (
                <DecisionForm id={r.id} subject={r.user.name} what={describeApproval(r)} />
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
