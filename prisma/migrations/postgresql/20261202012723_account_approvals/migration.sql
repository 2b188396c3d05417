-- CreateEnum
CREATE TYPE "ApprovalKind" AS ENUM ('PERAN', 'ATUR_ULANG_SANDI');

-- CreateEnum
CREATE TYPE "ApprovalStatus" AS ENUM ('DIAJUKAN', 'DISETUJUI', 'DITOLAK');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "roleApprovedAt" TIMESTAMP(3),
ADD COLUMN     "roleApprovedById" TEXT,
ADD COLUMN     "temporaryPasswordExpiresAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "AccountApproval" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "ApprovalKind" NOT NULL,
    "role" "Role",
    "status" "ApprovalStatus" NOT NULL DEFAULT 'DIAJUKAN',
    "requestedById" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountApproval_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AccountApproval_status_createdAt_idx" ON "AccountApproval"("status", "createdAt");

-- CreateIndex
CREATE INDEX "AccountApproval_userId_status_idx" ON "AccountApproval"("userId", "status");

-- AddForeignKey
ALTER TABLE "AccountApproval" ADD CONSTRAINT "AccountApproval_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountApproval" ADD CONSTRAINT "AccountApproval_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountApproval" ADD CONSTRAINT "AccountApproval_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Accounts that already hold a role that sees identities or decides on them were given it
-- before separation of duties was enforced: they keep it (grandfathered, not re-approved).
UPDATE "User" SET "roleApprovedAt" = CURRENT_TIMESTAMP WHERE "role" IN ('INSPEKTUR', 'TIM_PENGADUAN');
