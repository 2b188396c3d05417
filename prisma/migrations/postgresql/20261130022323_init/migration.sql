-- CreateEnum
CREATE TYPE "Role" AS ENUM ('TIM_PENGADUAN', 'INSPEKTUR', 'PENELAAH', 'IRBAN', 'AUDITOR', 'KASUBAG_PERENCANAAN', 'PIMPINAN', 'ADMIN');

-- CreateEnum
CREATE TYPE "IrbanWilayah" AS ENUM ('WILAYAH_I', 'WILAYAH_II', 'WILAYAH_III', 'WILAYAH_IV');

-- CreateEnum
CREATE TYPE "OpdKind" AS ENUM ('SEKRETARIAT', 'INSPEKTORAT', 'BADAN', 'DINAS', 'BAGIAN', 'SATPOL_PP', 'RSUD', 'KECAMATAN', 'LAINNYA');

-- CreateEnum
CREATE TYPE "CaseSource" AS ENUM ('MASYARAKAT', 'DISPOSISI_BUPATI', 'LAPAK_ADUAN', 'WBS');

-- CreateEnum
CREATE TYPE "IntakeChannel" AS ENUM ('WEB', 'SURAT', 'EMAIL', 'LANGSUNG', 'TELEPON', 'LAPAK_ADUAN_API', 'LAPAK_ADUAN_CSV', 'WBS_WEB');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('DITERIMA', 'DI_INSPEKTUR', 'DITELAAH', 'REKOMENDASI', 'DISPOSISI_IRBAN', 'RENCANA_TIM', 'SPT_DRAFT', 'SPT_DITANDATANGANI', 'PELAKSANAAN', 'LAPORAN_SELESAI', 'MENUNGGU_KONFIRMASI', 'SELESAI', 'DITUTUP');

-- CreateEnum
CREATE TYPE "Confidentiality" AS ENUM ('BIASA', 'RAHASIA', 'ANONIM');

-- CreateEnum
CREATE TYPE "TlType" AS ENUM ('KOORDINASI', 'KLARIFIKASI', 'AUDIT');

-- CreateEnum
CREATE TYPE "ClosureReason" AS ENUM ('DI_LUAR_KEWENANGAN', 'KURANG_INFORMASI', 'DITERUSKAN_INSTANSI_LAIN', 'DUPLIKAT', 'TIDAK_LENGKAP');

-- CreateEnum
CREATE TYPE "ConfirmationSource" AS ENUM ('PELAPOR', 'LAPAK_ADUAN', 'OTOMATIS');

-- CreateEnum
CREATE TYPE "AttachmentKind" AS ENUM ('BUKTI_PELAPOR', 'SCAN_DISPOSISI', 'SURAT_MASUK', 'SALINAN_SPT', 'BUKTI_TL', 'LAINNYA');

-- CreateEnum
CREATE TYPE "Recommendation" AS ENUM ('KOORDINASI', 'KLARIFIKASI', 'AUDIT', 'TIDAK_DITINDAKLANJUTI');

-- CreateEnum
CREATE TYPE "SupervisoryNature" AS ENUM ('BERKADAR_PENGAWASAN', 'TIDAK_BERKADAR_PENGAWASAN');

-- CreateEnum
CREATE TYPE "Criterion" AS ENUM ('LENGKAP_5W1H', 'BUKTI_AWAL', 'KEWENANGAN', 'BERKADAR_PENGAWASAN', 'TIDAK_DITANGANI_PIHAK_LAIN');

-- CreateEnum
CREATE TYPE "CriterionResult" AS ENUM ('MEMENUHI', 'TIDAK_MEMENUHI', 'BELUM_JELAS');

-- CreateEnum
CREATE TYPE "DecisionKind" AS ENUM ('PENELAAHAN', 'TINDAK_LANJUT', 'TIDAK_DITINDAKLANJUTI', 'SPT_DITANDATANGANI', 'SPT_DIKEMBALIKAN');

-- CreateEnum
CREATE TYPE "TeamPlanStatus" AS ENUM ('DRAF', 'DIAJUKAN', 'DISAHKAN', 'DIGANTI');

-- CreateEnum
CREATE TYPE "TeamRole" AS ENUM ('PENANGGUNG_JAWAB', 'WAKIL_PENANGGUNG_JAWAB', 'PENGENDALI_TEKNIS', 'KETUA_TIM', 'ANGGOTA_TIM');

-- CreateEnum
CREATE TYPE "DocumentType" AS ENUM ('SPT', 'LAPORAN_HASIL_AUDIT', 'LAPORAN_HASIL_KLARIFIKASI', 'LAPORAN_HASIL_KOORDINASI', 'TANDA_TERIMA', 'SURAT_PEMBERITAHUAN_HASIL');

-- CreateEnum
CREATE TYPE "DocumentStatus" AS ENUM ('DRAF', 'DITANDATANGANI', 'DIBATALKAN');

-- CreateEnum
CREATE TYPE "FindingConclusion" AS ENUM ('TERBUKTI', 'TERBUKTI_SEBAGIAN', 'TIDAK_TERBUKTI');

-- CreateEnum
CREATE TYPE "MessageDirection" AS ENUM ('KE_PELAPOR', 'DARI_PELAPOR');

-- CreateEnum
CREATE TYPE "IdentityRequestStatus" AS ENUM ('DIAJUKAN', 'DISETUJUI', 'DITOLAK');

-- CreateEnum
CREATE TYPE "HolidayType" AS ENUM ('LIBUR_NASIONAL', 'CUTI_BERSAMA', 'LIBUR_KHUSUS');

-- CreateEnum
CREATE TYPE "HolidayYearStatus" AS ENUM ('DITETAPKAN', 'BELUM_DITETAPKAN');

-- CreateEnum
CREATE TYPE "OutboxKind" AS ENUM ('EMAIL', 'LAPAK_ADUAN_STATUS');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('MENUNGGU', 'DIKIRIM', 'GAGAL');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "nip" TEXT,
    "name" TEXT NOT NULL,
    "pangkat" TEXT,
    "golongan" TEXT,
    "jabatan" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "irbanWilayah" "IrbanWilayah",
    "email" TEXT,
    "phone" TEXT,
    "passwordHash" TEXT NOT NULL,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 1,
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" TEXT NOT NULL,
    "login" TEXT NOT NULL,
    "userId" TEXT,
    "clientIp" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "outcome" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),
    "endReason" TEXT,
    "clientIp" TEXT,
    "userAgent" TEXT,

    CONSTRAINT "StaffSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Opd" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OpdKind" NOT NULL,
    "irbanWilayah" "IrbanWilayah" NOT NULL,
    "irbanVerified" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Opd_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" TEXT NOT NULL,
    "registerNumber" TEXT NOT NULL,
    "source" "CaseSource" NOT NULL,
    "channel" "IntakeChannel" NOT NULL,
    "status" "CaseStatus" NOT NULL DEFAULT 'DITERIMA',
    "version" INTEGER NOT NULL DEFAULT 1,
    "confidentiality" "Confidentiality" NOT NULL DEFAULT 'BIASA',
    "lapakTicketId" TEXT,
    "dispositionNumber" TEXT,
    "dispositionDate" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "reportedParty" TEXT,
    "location" TEXT,
    "occurredAt" TEXT,
    "reason" TEXT,
    "manner" TEXT,
    "evidenceSummary" TEXT,
    "opdId" TEXT,
    "receiptCodeHash" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "reopenCount" INTEGER NOT NULL DEFAULT 0,
    "registeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "registeredOn" TEXT NOT NULL,
    "dueOn" TEXT NOT NULL,
    "dueIsEstimate" BOOLEAN NOT NULL DEFAULT false,
    "clockPausedAt" TIMESTAMP(3),
    "clockPausedOn" TEXT,
    "pausedWorkingDays" INTEGER NOT NULL DEFAULT 0,
    "stepEnteredOn" TEXT,
    "stepDueOn" TEXT,
    "stepPausedDays" INTEGER NOT NULL DEFAULT 0,
    "overdueNotifiedAt" TIMESTAMP(3),
    "followedUpOn" TEXT,
    "awaitingConfirmationOn" TEXT,
    "completedOnTime" BOOLEAN,
    "closedAt" TIMESTAMP(3),
    "closedOn" TEXT,
    "tlType" "TlType",
    "irbanUserId" TEXT,
    "irbanWilayah" "IrbanWilayah",
    "closureReason" "ClosureReason",
    "closureNote" TEXT,
    "duplicateOfId" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "confirmedBy" "ConfirmationSource",
    "satisfaction" INTEGER,
    "confirmationNote" TEXT,
    "registeredById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reporter" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "name" TEXT,
    "nik" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "address" TEXT,
    "sealed" BYTEA,
    "sealedKeyId" TEXT,
    "notifyEmail" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Reporter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "messageId" TEXT,
    "findingId" TEXT,
    "kind" "AttachmentKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "uploadedById" TEXT,
    "fromReporter" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseReviewer" (
    "caseId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "assignedById" TEXT NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseReviewer_pkey" PRIMARY KEY ("caseId","userId")
);

-- CreateTable
CREATE TABLE "CaseReview" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "nature" "SupervisoryNature",
    "recommendation" "Recommendation" NOT NULL,
    "recommendationNote" TEXT,
    "closureReason" "ClosureReason",
    "duplicateOfId" TEXT,
    "submittedById" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewCriterion" (
    "reviewId" TEXT NOT NULL,
    "criterion" "Criterion" NOT NULL,
    "result" "CriterionResult" NOT NULL,
    "note" TEXT,

    CONSTRAINT "ReviewCriterion_pkey" PRIMARY KEY ("reviewId","criterion")
);

-- CreateTable
CREATE TABLE "InspekturDecision" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "kind" "DecisionKind" NOT NULL,
    "tlType" "TlType",
    "irbanUserId" TEXT,
    "closureReason" "ClosureReason",
    "instructions" TEXT,
    "decidedById" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InspekturDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamPlan" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "status" "TeamPlanStatus" NOT NULL DEFAULT 'DRAF',
    "tlType" "TlType" NOT NULL,
    "objectives" TEXT NOT NULL,
    "scope" TEXT,
    "startOn" TEXT NOT NULL,
    "durationDays" INTEGER NOT NULL,
    "endOn" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMP(3),

    CONSTRAINT "TeamPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamMember" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "teamRole" "TeamRole" NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "TeamMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "type" "DocumentType" NOT NULL,
    "status" "DocumentStatus" NOT NULL DEFAULT 'DRAF',
    "number" TEXT,
    "content" JSONB NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "sha256" TEXT,
    "verificationCode" TEXT,
    "pdfFileId" TEXT,
    "docxFileId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "signedById" TEXT,
    "signedAt" TIMESTAMP(3),

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NumberSequence" (
    "key" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "NumberSequence_pkey" PRIMARY KEY ("key","year")
);

-- CreateTable
CREATE TABLE "WorkNote" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Finding" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "allegation" TEXT NOT NULL,
    "condition" TEXT,
    "criteria" TEXT,
    "cause" TEXT,
    "effect" TEXT,
    "lossRupiah" BIGINT,
    "responsibleParty" TEXT,
    "auditeeResponse" TEXT,
    "conclusion" "FindingConclusion",
    "recommendation" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Finding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FieldReport" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "tlType" "TlType" NOT NULL,
    "sections" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FieldReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HistoryEvent" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "step" INTEGER,
    "type" TEXT NOT NULL,
    "fromStatus" "CaseStatus",
    "toStatus" "CaseStatus",
    "actorId" TEXT,
    "actorLabel" TEXT,
    "data" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "HistoryEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "direction" "MessageDirection" NOT NULL,
    "kind" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdentityAccessRequest" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "IdentityRequestStatus" NOT NULL DEFAULT 'DIAJUKAN',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdentityAccessRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Holiday" (
    "id" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "type" "HolidayType" NOT NULL,
    "name" TEXT NOT NULL,
    "legalBasis" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Holiday_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HolidayYear" (
    "year" INTEGER NOT NULL,
    "status" "HolidayYearStatus" NOT NULL DEFAULT 'BELUM_DITETAPKAN',
    "basis" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HolidayYear_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "data" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "kind" "OutboxKind" NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "caseId" TEXT,
    "payload" JSONB NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'MENUNGGU',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "keyPrefix" TEXT NOT NULL,
    "secretSealed" BYTEA NOT NULL,
    "sealedKeyId" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobLease" (
    "name" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JobLease_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE UNIQUE INDEX "User_nip_key" ON "User"("nip");

-- CreateIndex
CREATE INDEX "User_role_active_idx" ON "User"("role", "active");

-- CreateIndex
CREATE INDEX "LoginAttempt_login_createdAt_idx" ON "LoginAttempt"("login", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_clientIp_createdAt_idx" ON "LoginAttempt"("clientIp", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_userId_createdAt_idx" ON "LoginAttempt"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "StaffSession_userId_endedAt_idx" ON "StaffSession"("userId", "endedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Opd_code_key" ON "Opd"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Opd_name_key" ON "Opd"("name");

-- CreateIndex
CREATE INDEX "Opd_irbanWilayah_idx" ON "Opd"("irbanWilayah");

-- CreateIndex
CREATE UNIQUE INDEX "Case_registerNumber_key" ON "Case"("registerNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Case_lapakTicketId_key" ON "Case"("lapakTicketId");

-- CreateIndex
CREATE UNIQUE INDEX "Case_receiptCodeHash_key" ON "Case"("receiptCodeHash");

-- CreateIndex
CREATE INDEX "Case_status_dueOn_idx" ON "Case"("status", "dueOn");

-- CreateIndex
CREATE INDEX "Case_irbanUserId_status_idx" ON "Case"("irbanUserId", "status");

-- CreateIndex
CREATE INDEX "Case_status_awaitingConfirmationOn_idx" ON "Case"("status", "awaitingConfirmationOn");

-- CreateIndex
CREATE INDEX "Case_registeredOn_source_opdId_irbanWilayah_tlType_idx" ON "Case"("registeredOn", "source", "opdId", "irbanWilayah", "tlType");

-- CreateIndex
CREATE INDEX "Case_followedUpOn_idx" ON "Case"("followedUpOn");

-- CreateIndex
CREATE UNIQUE INDEX "Reporter_caseId_key" ON "Reporter"("caseId");

-- CreateIndex
CREATE INDEX "StoredFile_sha256_idx" ON "StoredFile"("sha256");

-- CreateIndex
CREATE INDEX "Attachment_caseId_createdAt_idx" ON "Attachment"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "CaseReviewer_userId_idx" ON "CaseReviewer"("userId");

-- CreateIndex
CREATE INDEX "CaseReview_caseId_submittedAt_idx" ON "CaseReview"("caseId", "submittedAt");

-- CreateIndex
CREATE INDEX "InspekturDecision_caseId_decidedAt_idx" ON "InspekturDecision"("caseId", "decidedAt");

-- CreateIndex
CREATE INDEX "TeamPlan_caseId_status_idx" ON "TeamPlan"("caseId", "status");

-- CreateIndex
CREATE INDEX "TeamMember_userId_idx" ON "TeamMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "TeamMember_planId_userId_key" ON "TeamMember"("planId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Document_verificationCode_key" ON "Document"("verificationCode");

-- CreateIndex
CREATE INDEX "Document_caseId_type_idx" ON "Document"("caseId", "type");

-- CreateIndex
CREATE UNIQUE INDEX "Document_type_number_key" ON "Document"("type", "number");

-- CreateIndex
CREATE INDEX "WorkNote_caseId_createdAt_idx" ON "WorkNote"("caseId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Finding_caseId_position_key" ON "Finding"("caseId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "FieldReport_caseId_key" ON "FieldReport"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "HistoryEvent_hash_key" ON "HistoryEvent"("hash");

-- CreateIndex
CREATE INDEX "HistoryEvent_type_createdAt_idx" ON "HistoryEvent"("type", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "HistoryEvent_caseId_seq_key" ON "HistoryEvent"("caseId", "seq");

-- CreateIndex
CREATE INDEX "Message_caseId_createdAt_idx" ON "Message"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "IdentityAccessRequest_caseId_requestedById_idx" ON "IdentityAccessRequest"("caseId", "requestedById");

-- CreateIndex
CREATE UNIQUE INDEX "Holiday_date_key" ON "Holiday"("date");

-- CreateIndex
CREATE INDEX "Holiday_year_idx" ON "Holiday"("year");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_dedupeKey_key" ON "OutboxMessage"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_keyHash_key" ON "ApiKey"("keyHash");

-- AddForeignKey
ALTER TABLE "LoginAttempt" ADD CONSTRAINT "LoginAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffSession" ADD CONSTRAINT "StaffSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "Opd"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_irbanUserId_fkey" FOREIGN KEY ("irbanUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_duplicateOfId_fkey" FOREIGN KEY ("duplicateOfId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_registeredById_fkey" FOREIGN KEY ("registeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reporter" ADD CONSTRAINT "Reporter_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseReviewer" ADD CONSTRAINT "CaseReviewer_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseReviewer" ADD CONSTRAINT "CaseReviewer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseReviewer" ADD CONSTRAINT "CaseReviewer_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseReview" ADD CONSTRAINT "CaseReview_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseReview" ADD CONSTRAINT "CaseReview_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewCriterion" ADD CONSTRAINT "ReviewCriterion_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "CaseReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspekturDecision" ADD CONSTRAINT "InspekturDecision_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspekturDecision" ADD CONSTRAINT "InspekturDecision_irbanUserId_fkey" FOREIGN KEY ("irbanUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspekturDecision" ADD CONSTRAINT "InspekturDecision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamPlan" ADD CONSTRAINT "TeamPlan_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamPlan" ADD CONSTRAINT "TeamPlan_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_planId_fkey" FOREIGN KEY ("planId") REFERENCES "TeamPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_pdfFileId_fkey" FOREIGN KEY ("pdfFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_docxFileId_fkey" FOREIGN KEY ("docxFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_signedById_fkey" FOREIGN KEY ("signedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkNote" ADD CONSTRAINT "WorkNote_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkNote" ADD CONSTRAINT "WorkNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FieldReport" ADD CONSTRAINT "FieldReport_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HistoryEvent" ADD CONSTRAINT "HistoryEvent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HistoryEvent" ADD CONSTRAINT "HistoryEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdentityAccessRequest" ADD CONSTRAINT "IdentityAccessRequest_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdentityAccessRequest" ADD CONSTRAINT "IdentityAccessRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdentityAccessRequest" ADD CONSTRAINT "IdentityAccessRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Setting" ADD CONSTRAINT "Setting_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

