-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "orderKey" TEXT;
ALTER TABLE "OutboxMessage" ADD COLUMN "orderSeq" INTEGER;

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_orderKey_orderSeq_key" ON "OutboxMessage"("orderKey", "orderSeq");

