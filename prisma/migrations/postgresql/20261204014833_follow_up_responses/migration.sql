-- CreateEnum
CREATE TYPE "FollowUpAssessment" AS ENUM ('SESUAI', 'BELUM_SESUAI', 'TIDAK_DAPAT');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'OPD';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "opdId" TEXT;

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "followUpResponseId" TEXT;

-- AlterTable
ALTER TABLE "RecommendationRecord" ADD COLUMN     "awaitingAssessment" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "repaidRupiah" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "settledOn" TEXT,
ADD COLUMN     "statusReason" TEXT;

-- CreateTable
CREATE TABLE "FollowUpResponse" (
    "id" TEXT NOT NULL,
    "recommendationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "repaidRupiah" BIGINT,
    "respondedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "assessment" "FollowUpAssessment",
    "repaymentAccepted" BOOLEAN,
    "assessmentNotes" TEXT,
    "assessedById" TEXT,
    "assessedAt" TIMESTAMP(3),

    CONSTRAINT "FollowUpResponse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FollowUpResponse_recommendationId_position_key" ON "FollowUpResponse"("recommendationId", "position");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "Opd"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_followUpResponseId_fkey" FOREIGN KEY ("followUpResponseId") REFERENCES "FollowUpResponse"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpResponse" ADD CONSTRAINT "FollowUpResponse_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "RecommendationRecord"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpResponse" ADD CONSTRAINT "FollowUpResponse_respondedById_fkey" FOREIGN KEY ("respondedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpResponse" ADD CONSTRAINT "FollowUpResponse_assessedById_fkey" FOREIGN KEY ("assessedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

