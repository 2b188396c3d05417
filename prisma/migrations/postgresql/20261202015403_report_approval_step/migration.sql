-- AlterEnum: the status of a report waiting for the Inspektur's approval, in its place in the procedure.
ALTER TYPE "CaseStatus" ADD VALUE 'LAPORAN_DIAJUKAN' BEFORE 'LAPORAN_SELESAI';

-- AlterEnum
ALTER TYPE "DecisionKind" ADD VALUE 'LAPORAN_DISETUJUI';
ALTER TYPE "DecisionKind" ADD VALUE 'LAPORAN_DIKEMBALIKAN';
