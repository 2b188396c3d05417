-- AlterTable
ALTER TABLE "RecommendationRecord" ADD COLUMN     "irbanUserId" TEXT;

-- CreateIndex
CREATE INDEX "RecommendationRecord_irbanUserId_status_idx" ON "RecommendationRecord"("irbanUserId", "status");

