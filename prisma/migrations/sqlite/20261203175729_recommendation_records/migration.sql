-- CreateTable
CREATE TABLE "RecommendationRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "findingId" TEXT,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "opdId" TEXT,
    "responsibleOfficial" TEXT,
    "amountDueRupiah" BIGINT,
    "deadlineOn" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'BELUM_DITINDAKLANJUTI',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "RecommendationRecord_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RecommendationRecord_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "RecommendationRecord_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "Opd" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "RecommendationRecord_opdId_status_idx" ON "RecommendationRecord"("opdId", "status");

-- CreateIndex
CREATE INDEX "RecommendationRecord_status_deadlineOn_idx" ON "RecommendationRecord"("status", "deadlineOn");

-- CreateIndex
CREATE UNIQUE INDEX "RecommendationRecord_caseId_position_key" ON "RecommendationRecord"("caseId", "position");

