-- CreateTable
CREATE TABLE "FollowUpMonthFigure" (
    "month" TEXT NOT NULL,
    "opdKey" TEXT NOT NULL,
    "irbanKey" TEXT NOT NULL,
    "status" "FollowUpStatus" NOT NULL,
    "deadlineMonth" TEXT NOT NULL,
    "n" INTEGER NOT NULL DEFAULT 0,
    "dueRupiah" BIGINT NOT NULL DEFAULT 0,
    "repaidRupiah" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "FollowUpMonthFigure_pkey" PRIMARY KEY ("month","opdKey","irbanKey","status","deadlineMonth")
);


-- The figures follow every change to a recommendation in the same transaction, whoever writes it (the follow-up's
-- transitions, approval, seed scripts, a cascade from a deleted case). The civil month is Asia/Jakarta, UTC+7 with no
-- daylight saving (lib/format/dates.ts is the helper; the rebuild's test checks both agree at the month's edge).
-- An update takes its two figure rows in key order, so two transactions moving recommendations between the same
-- two figures cannot deadlock.
CREATE FUNCTION "follow_up_month_figure"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_key TEXT[];
  new_key TEXT[];
  old_money BIGINT[];
  new_money BIGINT[];
  k TEXT[];
  dir INT;
  money BIGINT[];
BEGIN
  IF TG_OP <> 'INSERT' THEN
    old_key := ARRAY[to_char(OLD."createdAt" + interval '7 hours', 'YYYY-MM'), COALESCE(OLD."opdId", ''), COALESCE(OLD."irbanUserId", ''),
                     OLD."status"::text, CASE WHEN OLD."status" IN ('BELUM_DITINDAKLANJUTI', 'DALAM_PROSES') THEN substr(OLD."deadlineOn", 1, 7) ELSE '' END];
    old_money := ARRAY[COALESCE(OLD."amountDueRupiah", 0), OLD."repaidRupiah"];
  END IF;
  IF TG_OP <> 'DELETE' THEN
    new_key := ARRAY[to_char(NEW."createdAt" + interval '7 hours', 'YYYY-MM'), COALESCE(NEW."opdId", ''), COALESCE(NEW."irbanUserId", ''),
                     NEW."status"::text, CASE WHEN NEW."status" IN ('BELUM_DITINDAKLANJUTI', 'DALAM_PROSES') THEN substr(NEW."deadlineOn", 1, 7) ELSE '' END];
    new_money := ARRAY[COALESCE(NEW."amountDueRupiah", 0), NEW."repaidRupiah"];
  END IF;
  FOR k, dir, money IN
    SELECT key, d, m FROM (VALUES (old_key, -1, old_money), (new_key, 1, new_money)) AS v(key, d, m) WHERE key IS NOT NULL ORDER BY key
  LOOP
    INSERT INTO "FollowUpMonthFigure" ("month", "opdKey", "irbanKey", "status", "deadlineMonth", "n", "dueRupiah", "repaidRupiah")
    VALUES (k[1], k[2], k[3], k[4]::"FollowUpStatus", k[5], dir, dir * money[1], dir * money[2])
    ON CONFLICT ("month", "opdKey", "irbanKey", "status", "deadlineMonth") DO UPDATE SET
      "n" = "FollowUpMonthFigure"."n" + EXCLUDED."n",
      "dueRupiah" = "FollowUpMonthFigure"."dueRupiah" + EXCLUDED."dueRupiah",
      "repaidRupiah" = "FollowUpMonthFigure"."repaidRupiah" + EXCLUDED."repaidRupiah";
  END LOOP;
  RETURN NULL;
END $$;

CREATE TRIGGER "FollowUpMonthFigure_change"
AFTER INSERT OR DELETE OR UPDATE OF "createdAt", "opdId", "irbanUserId", "status", "deadlineOn", "amountDueRupiah", "repaidRupiah"
ON "RecommendationRecord" FOR EACH ROW EXECUTE FUNCTION "follow_up_month_figure"();

-- The recommendations recorded before the figures existed.
INSERT INTO "FollowUpMonthFigure" ("month", "opdKey", "irbanKey", "status", "deadlineMonth", "n", "dueRupiah", "repaidRupiah")
SELECT to_char("createdAt" + interval '7 hours', 'YYYY-MM'), COALESCE("opdId", ''), COALESCE("irbanUserId", ''), "status",
       CASE WHEN "status" IN ('BELUM_DITINDAKLANJUTI', 'DALAM_PROSES') THEN substr("deadlineOn", 1, 7) ELSE '' END,
       COUNT(*), COALESCE(SUM("amountDueRupiah"), 0), COALESCE(SUM("repaidRupiah"), 0)
FROM "RecommendationRecord" GROUP BY 1, 2, 3, 4, 5;
