-- Before the Inspektur's approval was a step of its own, LAPORAN_SELESAI also covered a report that was
-- submitted but not yet approved. Those cases now wait at LAPORAN_DIAJUKAN, which is what their status
-- meant: no transition happens (the history already records step 10), only the name becomes exact.
-- (A migration of its own: PostgreSQL cannot use an enum value in the transaction that added it.)
UPDATE "Case" SET "status" = 'LAPORAN_DIAJUKAN'
WHERE "status" = 'LAPORAN_SELESAI'
  AND NOT EXISTS (
    SELECT 1 FROM "Document" d
    WHERE d."caseId" = "Case"."id"
      AND d."status" = 'DITANDATANGANI'
      AND d."type" IN ('LAPORAN_HASIL_AUDIT', 'LAPORAN_HASIL_KLARIFIKASI', 'LAPORAN_HASIL_KOORDINASI')
  );
