// Synthetic data at scale for the benchmarks (`npm run seed:scale`): cases
// over ten years as the procedure leaves them — sources in realistic shares,
// OPDs, every step reached in realistic proportions, due dates and follow-up
// days counted in working days, the hash-chained history each step writes,
// team plans, SPTs and reports with consecutive numbers — written in large
// batches so 100 000 cases take well under two minutes on either database.
// Fictitious and deterministic (a fixed pseudo-random sequence).
import { createHash, createHmac } from "node:crypto";
import type { Db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import type { CaseSource, CaseStatus, FollowUpStatus, TlType } from "@/lib/enums";
import { nextReminderOn } from "@/lib/follow-up/deadline";
import { addCalendarDays } from "@/lib/format/dates";
import { GENESIS_HASH, eventHash } from "@/lib/history/chain";
import { searchTextOf } from "@/lib/intake/create-case";
import { hashReceiptCode } from "@/lib/intake/receipt-code";
import { formatRegisterNumber } from "@/lib/numbering/sequence";
import { SERVICE_LEVEL_DAYS, isDecreed, loadCalendar } from "@/lib/sla/calendar";
import { WorkingDayIndex } from "@/lib/sla/day-index";
import { isWorkingDay } from "@/lib/sla/working-days";
import { bulkInsert, type ColumnType } from "./bulk-insert";
import { IN_PROGRESS_MAX, ORDER, PROCEDURE, SUBJECTS, shareOfWay } from "./demo-cases";
import { chooser, seededRandom } from "./random";
import { syntheticOutcome } from "./synthetic-outcome";

export class ScaleSeedError extends Error {}

const at = (s: CaseStatus) => ORDER.indexOf(s);

const RECEIPT_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/**
 * The receipt code of synthetic case number `i` (1-based, within one seeding):
 * derived, so the benchmark can track cases without a list of codes. Only cases
 * from the public form (web) have one, as in real life.
 */
export function scaleReceiptCode(i: number): string {
  const mac = createHmac("sha256", "sipadu-skala").update(String(i)).digest();
  let code = "";
  for (let k = 0; k < 24; k++) code += RECEIPT_ALPHABET[mac[k % 32]! & 31];
  return code.match(/.{4}/g)!.join("-");
}

export interface ScaleOptions {
  cases: number;
  today: string;
  /** write even when the database already has cases (they are kept; numbering continues) */
  force?: boolean;
  from?: string;
  seed?: number;
  onProgress?: (done: number) => void;
  /** of `db`; by default the configured one */
  provider?: "sqlite" | "postgresql";
}

export interface ScaleResult {
  cases: number;
  history: number;
  plans: number;
  documents: number;
  /** recommendation records of the approved reports (about two per report), in every follow-up state */
  recommendations: number;
  /** the highest i for which scaleReceiptCode(i) was given to a case (not every i is: only web complaints have one) */
  trackable: number;
}

/** Validates before anything is written: a bad count or a non-empty database without force changes nothing. */
export async function checkScaleSeed(db: Db, o: Pick<ScaleOptions, "cases" | "force">): Promise<void> {
  if (!Number.isInteger(o.cases) || o.cases <= 0 || o.cases > 2_000_000) {
    throw new ScaleSeedError("--cases harus bilangan bulat positif (paling banyak 2 000 000), misalnya --cases 100000.");
  }
  const existing = await db.case.count();
  if (existing > 0 && !o.force) {
    throw new ScaleSeedError(
      `Basis data ini sudah berisi ${existing} aduan. Tambahkan --force untuk tetap menambah data sintetis, atau pakai basis data kosong.`,
    );
  }
  if ((await db.opd.count()) === 0 || (await db.user.count({ where: { role: "IRBAN" } })) === 0) {
    throw new ScaleSeedError("Data acuan belum ada (OPD dan pegawai). Jalankan `npm run db:seed` terlebih dahulu.");
  }
}

type Row = Record<string, unknown>;

const CASE_COLUMNS: Record<string, ColumnType> = {
  id: "text",
  registerNumber: "text",
  searchText: "text",
  source: { enum: "CaseSource" },
  channel: { enum: "IntakeChannel" },
  status: { enum: "CaseStatus" },
  confidentiality: { enum: "Confidentiality" },
  title: "text",
  description: "text",
  opdId: "text",
  receiptCodeHash: "text",
  registeredAt: "date",
  registeredOn: "text",
  dueOn: "text",
  dueIsEstimate: "bool",
  stepEnteredOn: "text",
  stepDueOn: "text",
  tlType: { enum: "TlType" },
  irbanUserId: "text",
  irbanWilayah: { enum: "IrbanWilayah" },
  closureReason: { enum: "ClosureReason" },
  followedUpOn: "text",
  awaitingConfirmationOn: "text",
  completedOnTime: "bool",
  followUpWorkingDays: "int",
  satisfaction: "int",
  confirmedBy: { enum: "ConfirmationSource" },
  closedOn: "text",
  closedAt: "date",
  updatedAt: "date",
};
const HISTORY_COLUMNS: Record<string, ColumnType> = {
  id: "text",
  caseId: "text",
  seq: "int",
  step: "int",
  type: "text",
  fromStatus: { enum: "CaseStatus" },
  toStatus: { enum: "CaseStatus" },
  actorId: "text",
  actorLabel: "text",
  data: "json",
  createdAt: "date",
  prevHash: "text",
  hash: "text",
};
const PLAN_COLUMNS: Record<string, ColumnType> = {
  id: "text",
  caseId: "text",
  status: { enum: "TeamPlanStatus" },
  tlType: { enum: "TlType" },
  objectives: "text",
  startOn: "text",
  durationDays: "int",
  endOn: "text",
  createdById: "text",
  createdAt: "date",
};
const RECOMMENDATION_COLUMNS: Record<string, ColumnType> = {
  id: "text",
  caseId: "text",
  position: "int",
  text: "text",
  kind: { enum: "RecommendationKind" },
  opdId: "text",
  amountDueRupiah: "bigint",
  deadlineOn: "text",
  status: { enum: "FollowUpStatus" },
  createdAt: "date",
  updatedAt: "date",
  awaitingAssessment: "bool",
  repaidRupiah: "bigint",
  settledOn: "text",
  irbanUserId: "text",
  nextReminderOn: "text",
};
const RECOMMENDATION_TEXTS = [
  "Berikan teguran tertulis kepada petugas yang bersangkutan.",
  "Kembalikan pungutan kepada warga yang membayar.",
  "Susun dan umumkan standar pelayanan.",
  "Lakukan pembinaan kepada petugas layanan.",
  "Tertibkan administrasi pengelolaan keuangan.",
];
const DOCUMENT_COLUMNS: Record<string, ColumnType> = {
  id: "text",
  caseId: "text",
  type: { enum: "DocumentType" },
  status: { enum: "DocumentStatus" },
  number: "text",
  content: "json",
  sha256: "text",
  verificationCode: "text",
  createdById: "text",
  createdAt: "date",
  signedById: "text",
  signedAt: "date",
};

export async function seedScale(db: Db, o: ScaleOptions): Promise<ScaleResult> {
  await checkScaleSeed(db, o);
  const rnd = seededRandom(o.seed ?? 100_000);
  const { pick, weighted } = chooser(rnd);
  const provider = o.provider ?? databaseConfig().provider;
  const cal = await loadCalendar(db);
  const opds = await db.opd.findMany({ where: { active: true }, orderBy: { code: "asc" }, select: { id: true, irbanWilayah: true } });
  const users = await db.user.findMany({ where: { active: true }, select: { id: true, role: true, irbanWilayah: true } });
  const irbans = users.filter((u) => u.role === "IRBAN");
  const inspektur = users.find((u) => u.role === "INSPEKTUR") ?? null;
  const auditors = users.filter((u) => u.role === "AUDITOR");
  // Busy OPDs get more complaints (a long tail, as in any regency).
  const opdWeights = opds.map((opd, k) => [opd, 1 / (1 + (k % 20))] as [typeof opd, number]);

  // Numbering continues from what the database already used.
  const sequences = new Map<string, number>((await db.numberSequence.findMany()).map((s) => [`${s.key}:${s.year}`, s.last]));
  const next = (key: string, year: number) => {
    const k = `${key}:${year}`;
    const n = (sequences.get(k) ?? 0) + 1;
    sequences.set(k, n);
    return n;
  };

  const from = o.from ?? "2017-01-02";
  // Working-day arithmetic by table lookup: a million date sums would otherwise walk day by day.
  const index = new WorkingDayIndex(cal.holidays, from, `${Number(o.today.slice(0, 4)) + 2}-12-31`);
  const addWorkingDays = (d: string, n: number, _h?: unknown) => index.add(d, n);
  const start = Date.parse(`${from}T00:00:00Z`);
  // With --force the receipt codes continue after the cases already there (they must stay unique).
  const offset = await db.case.count();
  const end = Date.parse(`${o.today}T00:00:00Z`) - 86_400_000;
  const result: ScaleResult = { cases: 0, history: 0, plans: 0, documents: 0, recommendations: 0, trackable: 0 };
  const BATCH = 1000;
  // The registration days, in order (register numbers follow them within a year).
  for (let b = 0; b < o.cases; b += BATCH) {
    const cases: Row[] = [];
    const reporters: Row[] = [];
    const history: Row[] = [];
    const plans: Row[] = [];
    const members: Row[] = [];
    const documents: Row[] = [];
    const recommendations: Row[] = [];
    for (let i = b; i < Math.min(o.cases, b + BATCH); i++) {
      let registeredOn = new Date(start + Math.floor((i / o.cases) * (end - start))).toISOString().slice(0, 10);
      if (!isWorkingDay(registeredOn, cal.holidays)) registeredOn = index.add(registeredOn, 1);
      if (registeredOn > o.today) registeredOn = o.today;
      const year = Number(registeredOn.slice(0, 4));
      const age = index.between(registeredOn, o.today);
      const source = weighted<CaseSource>([
        ["MASYARAKAT", 55],
        ["LAPAK_ADUAN", 25],
        ["DISPOSISI_BUPATI", 10],
        ["WBS", 10],
      ]);
      const channel =
        source === "LAPAK_ADUAN"
          ? rnd() < 0.8
            ? "LAPAK_ADUAN_API"
            : "LAPAK_ADUAN_CSV"
          : source === "WBS"
            ? "WBS_WEB"
            : source === "DISPOSISI_BUPATI"
              ? "SURAT"
              : weighted([
                  ["WEB", 70],
                  ["SURAT", 12],
                  ["EMAIL", 8],
                  ["LANGSUNG", 6],
                  ["TELEPON", 4],
                ] as const);
      // Older cases are mostly finished; recent ones spread over the steps they could have reached.
      const took = Math.round(8 + rnd() * 18); // working days to step 11: some beyond 20
      let reached: CaseStatus;
      if (rnd() < 0.12 && age > 5) reached = "DITUTUP";
      else if (age > took + 10) reached = rnd() < 0.02 ? "PELAKSANAAN" : rnd() < 0.03 ? "MENUNGGU_KONFIRMASI" : "SELESAI";
      else if (age > took) reached = "MENUNGGU_KONFIRMASI";
      else reached = ORDER[Math.min(IN_PROGRESS_MAX, Math.floor((age / took) * IN_PROGRESS_MAX))]!;
      const position = reached === "DITUTUP" ? at("DISPOSISI_IRBAN") : at(reached);
      const opd = weighted(opdWeights);
      const decided = position >= at("DISPOSISI_IRBAN") && reached !== "DITUTUP";
      const irban = decided ? (irbans.find((u) => u.irbanWilayah === opd.irbanWilayah) ?? irbans[0]!) : null;
      const tlType: TlType | null = decided
        ? weighted<TlType>([
            ["KLARIFIKASI", 55],
            ["KOORDINASI", 30],
            ["AUDIT", 15],
          ])
        : null;
      const followedUpOn = position >= at("MENUNGGU_KONFIRMASI") ? addWorkingDays(registeredOn, took, cal.holidays) : null;
      const dueOn = index.add(registeredOn, SERVICE_LEVEL_DAYS);
      const estimate = !isDecreed(cal, registeredOn, dueOn);
      const stepDay = (p: number) =>
        addWorkingDays(registeredOn, Math.max(0, Math.round(shareOfWay(p) * (followedUpOn ? took : Math.max(1, age)))), cal.holidays);
      const closedOn = reached === "SELESAI" ? addWorkingDays(followedUpOn!, 3, cal.holidays) : reached === "DITUTUP" ? stepDay(4) : null;
      const registerNumber = formatRegisterNumber(year, next("ADU", year));
      const title = pick(SUBJECTS);
      const id = `s${createHash("sha1")
        .update(`${o.seed ?? 0}:${registerNumber}`)
        .digest("hex")
        .slice(0, 24)}`;
      const trackable = channel === "WEB" && source === "MASYARAKAT";
      const current = reached === "DITUTUP" || reached === "SELESAI" ? null : reached;
      cases.push({
        id,
        registerNumber,
        searchText: searchTextOf(registerNumber, title),
        source,
        channel,
        status: reached,
        confidentiality: source === "WBS" ? "RAHASIA" : "ANONIM",
        title,
        description: "Data sintetis untuk uji kinerja SIPADU.",
        opdId: opd.id,
        receiptCodeHash: trackable ? hashReceiptCode(scaleReceiptCode(offset + i + 1)) : null,
        registeredAt: new Date(`${registeredOn}T02:00:00Z`),
        registeredOn,
        dueOn,
        dueIsEstimate: estimate,
        stepEnteredOn: current ? stepDay(position) : null,
        stepDueOn: current ? addWorkingDays(stepDay(position), 3, cal.holidays) : null,
        tlType,
        irbanUserId: irban?.id ?? null,
        irbanWilayah: irban?.irbanWilayah ?? null,
        ...syntheticOutcome(rnd, {
          reached,
          dueOn,
          followedUpOn,
          followUpWorkingDays: followedUpOn ? index.between(registeredOn, followedUpOn) : null,
          closedOn,
        }),
        updatedAt: new Date(`${closedOn ?? stepDay(position)}T09:00:00Z`),
      });
      if (trackable) result.trackable = offset + i + 1;
      reporters.push({ id: `r${id.slice(1)}`, caseId: id, anonymous: true });

      // The history its steps wrote, chained as lib/history/chain.ts chains it.
      const last = reached === "DITUTUP" ? 5 : position + 1;
      let prevHash = GENESIS_HASH;
      for (let p = 0; p < last; p++) {
        const step = PROCEDURE[p]!;
        const e = {
          caseId: id,
          seq: p + 1,
          step: step.number,
          type: `LANGKAH_${step.code.toUpperCase()}`,
          fromStatus: step.from,
          toStatus: reached === "DITUTUP" && step.number === 5 ? "DITUTUP" : step.to,
          actorId: null,
          actorLabel: "Data sintetis",
          data: { sintetis: true },
          createdAt: new Date(`${p === PROCEDURE.length - 1 && closedOn ? closedOn : stepDay(p)}T0${Math.min(9, 2 + p)}:00:00Z`),
        };
        const hash = eventHash(prevHash, e);
        history.push({ id: `h${hash.slice(0, 24)}`, ...e, prevHash, hash });
        prevHash = hash;
      }

      // Step 6's plan and the letters of steps 7–11.
      if (decided && position >= at("RENCANA_TIM") && inspektur && auditors.length) {
        const planId = `p${id.slice(1)}`;
        const startOn = stepDay(8);
        plans.push({
          id: planId,
          caseId: id,
          status: position >= at("SPT_DITANDATANGANI") ? "DISAHKAN" : position === at("RENCANA_TIM") ? "DRAF" : "DIAJUKAN",
          tlType,
          objectives: "Memperoleh keyakinan atas kebenaran aduan.",
          startOn,
          durationDays: 5,
          endOn: addWorkingDays(startOn, 4, cal.holidays),
          createdById: irban!.id,
          createdAt: new Date(`${stepDay(5)}T03:00:00Z`),
        });
        const team = [
          [inspektur.id, "PENANGGUNG_JAWAB"],
          [irban!.id, "PENGENDALI_TEKNIS"],
          ...auditors.slice(0, 3).map((a, k) => [a.id, k === 0 ? "KETUA_TIM" : "ANGGOTA_TIM"]),
        ];
        team.forEach(([userId, teamRole], position) => members.push({ id: `m${position}${id.slice(2)}`, planId, userId, teamRole, position }));
        result.plans++;
        const letter = (type: string, key: string, pattern: (n: number, y: number) => string, signedOn: string | null) => {
          const y = Number((signedOn ?? registeredOn).slice(0, 4));
          const number = signedOn ? pattern(next(key, y), y) : null;
          const sha = createHash("sha256").update(`${id}:${type}`).digest("hex");
          documents.push({
            id: `d${type.length}${id.slice(2)}`,
            caseId: id,
            type,
            status: signedOn ? "DITANDATANGANI" : "DRAF",
            number,
            content: { sintetis: true },
            sha256: signedOn ? sha : null,
            verificationCode: signedOn ? sha.slice(0, 16).toUpperCase() : null,
            createdById: irban!.id,
            createdAt: new Date(`${stepDay(6)}T04:00:00Z`),
            signedById: signedOn ? inspektur.id : null,
            signedAt: signedOn ? new Date(`${signedOn}T05:00:00Z`) : null,
          });
          result.documents++;
        };
        if (position >= at("SPT_DRAFT")) letter("SPT", "DOK_SPT", (n, y) => `700.1.2/${n}/${y}`, position >= at("SPT_DITANDATANGANI") ? stepDay(7) : null);
        // The report, signed at its approval (10a), and only once approved.
        if (position >= at("LAPORAN_SELESAI")) {
          const approvedOn = stepDay(at("LAPORAN_SELESAI"));
          letter(`LAPORAN_HASIL_${tlType}`, "DOK_LAPORAN", (n, y) => `700.1.2.1/${n}/${y}`, approvedOn);
          // Its recommendations, about two per report, followed up as time allows: the older, the more settled.
          const count = weighted<number>([
            [1, 30],
            [2, 45],
            [3, 25],
          ]);
          const deadlineOn = addCalendarDays(approvedOn, 60);
          const overdue = deadlineOn < o.today;
          for (let k = 1; k <= count; k++) {
            const money = rnd() < 0.2;
            const status = weighted<FollowUpStatus>(
              overdue
                ? [
                    ["SESUAI", 72],
                    ["DALAM_PROSES", 12],
                    ["BELUM_DITINDAKLANJUTI", 10],
                    ["TIDAK_DAPAT_DITINDAKLANJUTI", 6],
                  ]
                : [
                    ["BELUM_DITINDAKLANJUTI", 55],
                    ["DALAM_PROSES", 30],
                    ["SESUAI", 15],
                  ],
            );
            const due = money ? BigInt(Math.round(1 + rnd() * 99) * 250_000) : null;
            const settled = status === "SESUAI" || status === "TIDAK_DAPAT_DITINDAKLANJUTI";
            const settledOn = settled ? (overdue ? addCalendarDays(approvedOn, Math.round(10 + rnd() * 80)) : o.today) : null;
            recommendations.push({
              id: `k${k}${id.slice(2)}`,
              caseId: id,
              position: k,
              text: pick(RECOMMENDATION_TEXTS),
              kind: money
                ? "PENGEMBALIAN_UANG"
                : weighted<string>([
                    ["TINDAKAN_ADMINISTRATIF", 50],
                    ["HUKUMAN_DISIPLIN", 20],
                    ["PERBAIKAN_LAYANAN", 25],
                    ["PENERUSAN_APH", 5],
                  ]),
              opdId: opd.id,
              amountDueRupiah: due,
              deadlineOn,
              status,
              createdAt: new Date(`${approvedOn}T05:00:00Z`),
              updatedAt: new Date(`${settledOn ?? approvedOn}T06:00:00Z`),
              awaitingAssessment: status === "DALAM_PROSES" && rnd() < 0.5,
              repaidRupiah: due === null ? 0n : status === "SESUAI" ? due : status === "DALAM_PROSES" ? due / 2n : 0n,
              settledOn: settledOn && settledOn > o.today ? o.today : settledOn,
              irbanUserId: irban!.id,
              nextReminderOn: settled ? null : nextReminderOn(deadlineOn, o.today),
            });
            result.recommendations++;
          }
        }
      }
      result.cases++;
    }
    await db.$transaction(
      async (tx) => {
        await bulkInsert(tx, provider, "Case", CASE_COLUMNS, cases);
        await bulkInsert(tx, provider, "Reporter", { id: "text", caseId: "text", anonymous: "bool" }, reporters);
        await bulkInsert(tx, provider, "HistoryEvent", HISTORY_COLUMNS, history);
        await bulkInsert(tx, provider, "TeamPlan", PLAN_COLUMNS, plans);
        await bulkInsert(tx, provider, "TeamMember", { id: "text", planId: "text", userId: "text", teamRole: { enum: "TeamRole" }, position: "int" }, members);
        await bulkInsert(tx, provider, "Document", DOCUMENT_COLUMNS, documents);
        await bulkInsert(tx, provider, "RecommendationRecord", RECOMMENDATION_COLUMNS, recommendations);
      },
      { timeout: 120_000 },
    );
    result.history += history.length;
    o.onProgress?.(result.cases);
  }
  // The numbers used are taken: new cases and letters continue after them.
  await db.$transaction(async (tx) => {
    for (const [k, last] of sequences) {
      const [key, year] = k.split(":") as [string, string];
      await tx.numberSequence.upsert({ where: { key_year: { key, year: Number(year) } }, create: { key, year: Number(year), last }, update: { last } });
    }
  });
  // Fresh statistics, so the planner sees the table sizes the benchmarks will meet.
  await db.$executeRawUnsafe("ANALYZE");
  return result;
}
