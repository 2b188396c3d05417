-- CreateEnum
CREATE TYPE "RecommendationKind" AS ENUM ('TINDAKAN_ADMINISTRATIF', 'HUKUMAN_DISIPLIN', 'PENGEMBALIAN_UANG', 'PERBAIKAN_LAYANAN', 'PENERUSAN_APH');

-- CreateEnum
CREATE TYPE "FollowUpStatus" AS ENUM ('BELUM_DITINDAKLANJUTI', 'DALAM_PROSES', 'SESUAI', 'TIDAK_DAPAT_DITINDAKLANJUTI');

-- CreateTable
CREATE TABLE "RecommendationRecord" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "findingId" TEXT,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "kind" "RecommendationKind" NOT NULL,
    "opdId" TEXT,
    "responsibleOfficial" TEXT,
    "amountDueRupiah" BIGINT,
    "deadlineOn" TEXT NOT NULL,
    "status" "FollowUpStatus" NOT NULL DEFAULT 'BELUM_DITINDAKLANJUTI',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RecommendationRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RecommendationRecord_opdId_status_idx" ON "RecommendationRecord"("opdId", "status");

-- CreateIndex
CREATE INDEX "RecommendationRecord_status_deadlineOn_idx" ON "RecommendationRecord"("status", "deadlineOn");

-- CreateIndex
CREATE UNIQUE INDEX "RecommendationRecord_caseId_position_key" ON "RecommendationRecord"("caseId", "position");

-- AddForeignKey
ALTER TABLE "RecommendationRecord" ADD CONSTRAINT "RecommendationRecord_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationRecord" ADD CONSTRAINT "RecommendationRecord_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationRecord" ADD CONSTRAINT "RecommendationRecord_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "Opd"("id") ON DELETE SET NULL ON UPDATE CASCADE;

