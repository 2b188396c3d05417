-- AlterTable
ALTER TABLE "Finding" ADD COLUMN "lossKind" TEXT;


-- Losses recorded before the kind was asked were the regency's (the only kind the report named).
UPDATE "Finding" SET "lossKind" = 'KEUANGAN_DAERAH' WHERE "lossRupiah" IS NOT NULL;
