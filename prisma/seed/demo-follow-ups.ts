// Demo recommendations for the quick start (issue 18): a few finished demo cases become complaints about
// Dinas Pendidikan and Kecamatan Banyumas whose approved reports left recommendations in every follow-up
// state, so opd-dindik and opd-kecbms, the Irbans and the dashboard have something to show. Each change
// is written as the transitions would have written it: the records and an event on the case's chain.
import type { Db } from "@/lib/db";
import type { FollowUpStatus, RecommendationKind } from "@/lib/enums";
import { addCalendarDays } from "@/lib/format/dates";
import { appendHistory } from "@/lib/history/chain";

interface DemoRecommendation {
  text: string;
  kind: RecommendationKind;
  status: FollowUpStatus;
  /** days from today to the deadline (negative: passed) */
  deadlineIn: number;
  amountDue?: bigint;
  /** responses: [text, repaid, assessment] — assessment null: waiting for the Irban */
  responses?: [string, bigint | null, "SESUAI" | "BELUM_SESUAI" | "TIDAK_DAPAT" | null][];
  reason?: string;
}

const PER_OPD: DemoRecommendation[] = [
  { text: "Tertibkan pungutan di luar ketentuan dan umumkan larangannya.", kind: "PERBAIKAN_LAYANAN", status: "BELUM_DITINDAKLANJUTI", deadlineIn: 40 },
  { text: "Berikan teguran tertulis kepada pegawai yang bersangkutan.", kind: "HUKUMAN_DISIPLIN", status: "BELUM_DITINDAKLANJUTI", deadlineIn: -12 },
  {
    text: "Kembalikan pungutan kepada orang tua siswa yang membayar.",
    kind: "PENGEMBALIAN_UANG",
    status: "DALAM_PROSES",
    deadlineIn: 20,
    amountDue: 4_500_000n,
    responses: [["Pengembalian tahap pertama kepada 12 orang tua siswa, kuitansi terlampir.", 1_500_000n, null]],
  },
  {
    text: "Susun standar operasional prosedur layanan dan pasang di ruang layanan.",
    kind: "PERBAIKAN_LAYANAN",
    status: "DALAM_PROSES",
    deadlineIn: 10,
    responses: [["SOP sedang disusun.", null, "BELUM_SESUAI"]],
  },
  {
    text: "Lakukan pembinaan kepada petugas layanan.",
    kind: "TINDAKAN_ADMINISTRATIF",
    status: "SESUAI",
    deadlineIn: -30,
    responses: [["Pembinaan dilaksanakan 3 Oktober 2026; daftar hadir dan notulen terlampir.", null, "SESUAI"]],
  },
  {
    text: "Proses pemberian sanksi kepada pegawai honorer yang bersangkutan.",
    kind: "HUKUMAN_DISIPLIN",
    status: "TIDAK_DAPAT_DITINDAKLANJUTI",
    deadlineIn: -45,
    responses: [["Pegawai telah berhenti sebelum rekomendasi diterima.", null, "TIDAK_DAPAT"]],
    reason: "Pegawai honorer telah berhenti bekerja sehingga sanksi tidak dapat dijatuhkan.",
  },
];

export async function seedDemoFollowUps(db: Db, today: string): Promise<number> {
  if (await db.recommendationRecord.count()) return 0;
  const liaisons = await db.user.findMany({ where: { role: "OPD", opdId: { not: null } }, orderBy: { username: "asc" }, select: { id: true, opdId: true } });
  const finished = await db.case.findMany({
    where: { status: { in: ["SELESAI", "MENUNGGU_KONFIRMASI"] }, irbanUserId: { not: null } },
    orderBy: { registerNumber: "desc" },
    take: liaisons.length * 2,
    select: { id: true, irbanUserId: true, title: true },
  });
  let made = 0;
  for (const [i, liaison] of liaisons.entries()) {
    // Two cases per OPD, three recommendations each.
    for (const [k, kase] of finished.slice(i * 2, i * 2 + 2).entries()) {
      const recs = PER_OPD.slice(k * 3, k * 3 + 3);
      await db.$transaction(async (tx) => {
        await tx.case.update({ where: { id: kase.id }, data: { opdId: liaison.opdId } });
        for (const [p, r] of recs.entries()) {
          const finding = await tx.finding.create({
            data: {
              caseId: kase.id,
              position: p + 1,
              allegation: kase.title,
              condition: "Data demo: kondisi yang ditemukan tim.",
              conclusion: "TERBUKTI",
              recommendation: r.text,
              lossRupiah: r.amountDue ?? null,
              lossKind: r.amountDue ? "MASYARAKAT" : null,
            },
          });
          const repaid = (r.responses ?? []).reduce((s, [, amount, a]) => s + (amount && a ? amount : 0n), 0n);
          const rec = await tx.recommendationRecord.create({
            data: {
              caseId: kase.id,
              findingId: finding.id,
              position: p + 1,
              text: r.text,
              kind: r.kind,
              opdId: liaison.opdId,
              irbanUserId: kase.irbanUserId,
              amountDueRupiah: r.amountDue ?? null,
              repaidRupiah: repaid,
              deadlineOn: addCalendarDays(today, r.deadlineIn),
              status: r.status,
              awaitingAssessment: (r.responses ?? []).some(([, , a]) => a === null),
              settledOn: r.status === "SESUAI" || r.status === "TIDAK_DAPAT_DITINDAKLANJUTI" ? addCalendarDays(today, -5) : null,
              statusReason: r.reason ?? null,
            },
          });
          for (const [n, [text, amount, assessment]] of (r.responses ?? []).entries()) {
            await tx.followUpResponse.create({
              data: {
                recommendationId: rec.id,
                position: n + 1,
                text,
                repaidRupiah: amount,
                respondedById: liaison.id,
                assessment,
                repaymentAccepted: amount === null || assessment === null ? null : true,
                assessmentNotes: assessment === "BELUM_SESUAI" ? "Lampirkan SOP yang telah ditetapkan kepala OPD." : (r.reason ?? null),
                assessedById: assessment ? kase.irbanUserId : null,
                assessedAt: assessment ? new Date() : null,
              },
            });
            await appendHistory(tx, kase.id, {
              type: "TL_DITANGGAPI",
              actorId: liaison.id,
              data: {
                label: `Laporkan tindak lanjut: rekomendasi ${p + 1}`,
                recommendationId: rec.id,
                position: p + 1,
                from: "BELUM_DITINDAKLANJUTI",
                to: "DALAM_PROSES",
                demo: true,
              },
            });
            if (assessment) {
              await appendHistory(tx, kase.id, {
                type: "TL_DINILAI",
                actorId: kase.irbanUserId,
                data: {
                  label: `Nilai tindak lanjut: rekomendasi ${p + 1}`,
                  recommendationId: rec.id,
                  position: p + 1,
                  from: "DALAM_PROSES",
                  to: r.status,
                  decision: assessment,
                  demo: true,
                },
              });
            }
          }
          made++;
        }
      });
    }
  }
  return made;
}
