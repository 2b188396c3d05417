-- AlterTable
ALTER TABLE "RecommendationRecord" ADD COLUMN "nextReminderOn" TEXT;

-- CreateIndex
CREATE INDEX "RecommendationRecord_nextReminderOn_idx" ON "RecommendationRecord"("nextReminderOn");


-- Open recommendations recorded before reminders existed: due from 30 days before their deadline
-- (one already past that is reminded on the job's next run, with the reminder that fits).
UPDATE "RecommendationRecord" SET "nextReminderOn" = date("deadlineOn", '-30 days')
WHERE "status" IN ('BELUM_DITINDAKLANJUTI', 'DALAM_PROSES');
