-- AlterTable
ALTER TABLE "User" ADD COLUMN "roleApprovedAt" DATETIME;
ALTER TABLE "User" ADD COLUMN "roleApprovedById" TEXT;
ALTER TABLE "User" ADD COLUMN "temporaryPasswordExpiresAt" DATETIME;

-- CreateTable
CREATE TABLE "AccountApproval" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "role" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DIAJUKAN',
    "requestedById" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AccountApproval_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AccountApproval_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AccountApproval_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "AccountApproval_status_createdAt_idx" ON "AccountApproval"("status", "createdAt");

-- CreateIndex
CREATE INDEX "AccountApproval_userId_status_idx" ON "AccountApproval"("userId", "status");


-- Accounts that already hold a role that sees identities or decides on them were given it
-- before separation of duties was enforced: they keep it (grandfathered, not re-approved).
UPDATE "User" SET "roleApprovedAt" = CURRENT_TIMESTAMP WHERE "role" IN ('INSPEKTUR', 'TIM_PENGADUAN');
