-- CreateTable
CREATE TABLE "FollowUpMonthFigure" (
    "month" TEXT NOT NULL,
    "opdKey" TEXT NOT NULL,
    "irbanKey" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "deadlineMonth" TEXT NOT NULL,
    "n" INTEGER NOT NULL DEFAULT 0,
    "dueRupiah" BIGINT NOT NULL DEFAULT 0,
    "repaidRupiah" BIGINT NOT NULL DEFAULT 0,

    PRIMARY KEY ("month", "opdKey", "irbanKey", "status", "deadlineMonth")
);


-- The figures follow every change to a recommendation in the same transaction, whoever writes it (the follow-up's
-- transitions, approval, seed scripts, a cascade from a deleted case). The civil month is Asia/Jakarta, UTC+7 with no
-- daylight saving (lib/format/dates.ts is the helper; the rebuild's test checks both agree at the month's edge).
CREATE TRIGGER "FollowUpMonthFigure_insert" AFTER INSERT ON "RecommendationRecord" BEGIN
  INSERT INTO "FollowUpMonthFigure" ("month", "opdKey", "irbanKey", "status", "deadlineMonth", "n", "dueRupiah", "repaidRupiah")
  VALUES (strftime('%Y-%m', NEW."createdAt", '+7 hours'), COALESCE(NEW."opdId", ''), COALESCE(NEW."irbanUserId", ''), NEW."status",
          CASE WHEN NEW."status" IN ('BELUM_DITINDAKLANJUTI', 'DALAM_PROSES') THEN substr(NEW."deadlineOn", 1, 7) ELSE '' END,
          1, COALESCE(NEW."amountDueRupiah", 0), NEW."repaidRupiah")
  ON CONFLICT ("month", "opdKey", "irbanKey", "status", "deadlineMonth") DO UPDATE SET
    "n" = "n" + excluded."n", "dueRupiah" = "dueRupiah" + excluded."dueRupiah", "repaidRupiah" = "repaidRupiah" + excluded."repaidRupiah";
END;

CREATE TRIGGER "FollowUpMonthFigure_delete" AFTER DELETE ON "RecommendationRecord" BEGIN
  INSERT INTO "FollowUpMonthFigure" ("month", "opdKey", "irbanKey", "status", "deadlineMonth", "n", "dueRupiah", "repaidRupiah")
  VALUES (strftime('%Y-%m', OLD."createdAt", '+7 hours'), COALESCE(OLD."opdId", ''), COALESCE(OLD."irbanUserId", ''), OLD."status",
          CASE WHEN OLD."status" IN ('BELUM_DITINDAKLANJUTI', 'DALAM_PROSES') THEN substr(OLD."deadlineOn", 1, 7) ELSE '' END,
          -1, -COALESCE(OLD."amountDueRupiah", 0), -OLD."repaidRupiah")
  ON CONFLICT ("month", "opdKey", "irbanKey", "status", "deadlineMonth") DO UPDATE SET
    "n" = "n" + excluded."n", "dueRupiah" = "dueRupiah" + excluded."dueRupiah", "repaidRupiah" = "repaidRupiah" + excluded."repaidRupiah";
END;

CREATE TRIGGER "FollowUpMonthFigure_update"
AFTER UPDATE OF "createdAt", "opdId", "irbanUserId", "status", "deadlineOn", "amountDueRupiah", "repaidRupiah" ON "RecommendationRecord" BEGIN
  INSERT INTO "FollowUpMonthFigure" ("month", "opdKey", "irbanKey", "status", "deadlineMonth", "n", "dueRupiah", "repaidRupiah")
  VALUES (strftime('%Y-%m', OLD."createdAt", '+7 hours'), COALESCE(OLD."opdId", ''), COALESCE(OLD."irbanUserId", ''), OLD."status",
          CASE WHEN OLD."status" IN ('BELUM_DITINDAKLANJUTI', 'DALAM_PROSES') THEN substr(OLD."deadlineOn", 1, 7) ELSE '' END,
          -1, -COALESCE(OLD."amountDueRupiah", 0), -OLD."repaidRupiah")
  ON CONFLICT ("month", "opdKey", "irbanKey", "status", "deadlineMonth") DO UPDATE SET
    "n" = "n" + excluded."n", "dueRupiah" = "dueRupiah" + excluded."dueRupiah", "repaidRupiah" = "repaidRupiah" + excluded."repaidRupiah";
  INSERT INTO "FollowUpMonthFigure" ("month", "opdKey", "irbanKey", "status", "deadlineMonth", "n", "dueRupiah", "repaidRupiah")
  VALUES (strftime('%Y-%m', NEW."createdAt", '+7 hours'), COALESCE(NEW."opdId", ''), COALESCE(NEW."irbanUserId", ''), NEW."status",
          CASE WHEN NEW."status" IN ('BELUM_DITINDAKLANJUTI', 'DALAM_PROSES') THEN substr(NEW."deadlineOn", 1, 7) ELSE '' END,
          1, COALESCE(NEW."amountDueRupiah", 0), NEW."repaidRupiah")
  ON CONFLICT ("month", "opdKey", "irbanKey", "status", "deadlineMonth") DO UPDATE SET
    "n" = "n" + excluded."n", "dueRupiah" = "dueRupiah" + excluded."dueRupiah", "repaidRupiah" = "repaidRupiah" + excluded."repaidRupiah";
END;

-- The recommendations recorded before the figures existed.
INSERT INTO "FollowUpMonthFigure" ("month", "opdKey", "irbanKey", "status", "deadlineMonth", "n", "dueRupiah", "repaidRupiah")
SELECT strftime('%Y-%m', "createdAt", '+7 hours'), COALESCE("opdId", ''), COALESCE("irbanUserId", ''), "status",
       CASE WHEN "status" IN ('BELUM_DITINDAKLANJUTI', 'DALAM_PROSES') THEN substr("deadlineOn", 1, 7) ELSE '' END,
       COUNT(*), COALESCE(SUM("amountDueRupiah"), 0), COALESCE(SUM("repaidRupiah"), 0)
FROM "RecommendationRecord" GROUP BY 1, 2, 3, 4, 5;
