-- CreateIndex
CREATE INDEX "RecommendationRecord_createdAt_status_opdId_irbanUserId_dea_idx" ON "RecommendationRecord"("createdAt", "status", "opdId", "irbanUserId", "deadlineOn", "amountDueRupiah", "repaidRupiah");

