-- AlterTable
ALTER TABLE "Case" ADD COLUMN "followUpWorkingDays" INTEGER;

