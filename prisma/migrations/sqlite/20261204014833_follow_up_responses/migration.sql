-- CreateTable
CREATE TABLE "FollowUpResponse" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "recommendationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "repaidRupiah" BIGINT,
    "respondedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "assessment" TEXT,
    "repaymentAccepted" BOOLEAN,
    "assessmentNotes" TEXT,
    "assessedById" TEXT,
    "assessedAt" DATETIME,
    CONSTRAINT "FollowUpResponse_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "RecommendationRecord" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FollowUpResponse_respondedById_fkey" FOREIGN KEY ("respondedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FollowUpResponse_assessedById_fkey" FOREIGN KEY ("assessedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "username" TEXT NOT NULL,
    "nip" TEXT,
    "name" TEXT NOT NULL,
    "pangkat" TEXT,
    "golongan" TEXT,
    "jabatan" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "irbanWilayah" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "passwordHash" TEXT NOT NULL,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 1,
    "lastSignInAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "totpEnabledAt" DATETIME,
    "totpKeyId" TEXT,
    "totpLastStep" INTEGER,
    "totpSecret" BLOB,
    "roleApprovedAt" DATETIME,
    "roleApprovedById" TEXT,
    "temporaryPasswordExpiresAt" DATETIME,
    "opdId" TEXT,
    CONSTRAINT "User_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "Opd" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_User" ("active", "createdAt", "email", "golongan", "id", "irbanWilayah", "jabatan", "lastSignInAt", "mustChangePassword", "name", "nip", "pangkat", "passwordHash", "phone", "role", "roleApprovedAt", "roleApprovedById", "sessionVersion", "temporaryPasswordExpiresAt", "totpEnabledAt", "totpKeyId", "totpLastStep", "totpSecret", "updatedAt", "username", "version") SELECT "active", "createdAt", "email", "golongan", "id", "irbanWilayah", "jabatan", "lastSignInAt", "mustChangePassword", "name", "nip", "pangkat", "passwordHash", "phone", "role", "roleApprovedAt", "roleApprovedById", "sessionVersion", "temporaryPasswordExpiresAt", "totpEnabledAt", "totpKeyId", "totpLastStep", "totpSecret", "updatedAt", "username", "version" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");
CREATE UNIQUE INDEX "User_nip_key" ON "User"("nip");
CREATE INDEX "User_role_active_idx" ON "User"("role", "active");
CREATE TABLE "new_Attachment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "messageId" TEXT,
    "findingId" TEXT,
    "kind" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "uploadedById" TEXT,
    "fromReporter" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "followUpResponseId" TEXT,
    CONSTRAINT "Attachment_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attachment_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Attachment_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Attachment_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Attachment_followUpResponseId_fkey" FOREIGN KEY ("followUpResponseId") REFERENCES "FollowUpResponse" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Attachment" ("caseId", "createdAt", "fileId", "fileName", "findingId", "fromReporter", "id", "kind", "messageId", "mimeType", "sha256", "size", "uploadedById") SELECT "caseId", "createdAt", "fileId", "fileName", "findingId", "fromReporter", "id", "kind", "messageId", "mimeType", "sha256", "size", "uploadedById" FROM "Attachment";
DROP TABLE "Attachment";
ALTER TABLE "new_Attachment" RENAME TO "Attachment";
CREATE INDEX "Attachment_caseId_createdAt_idx" ON "Attachment"("caseId", "createdAt");
CREATE TABLE "new_RecommendationRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "findingId" TEXT,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "opdId" TEXT,
    "responsibleOfficial" TEXT,
    "amountDueRupiah" BIGINT,
    "deadlineOn" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'BELUM_DITINDAKLANJUTI',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "awaitingAssessment" BOOLEAN NOT NULL DEFAULT false,
    "repaidRupiah" BIGINT NOT NULL DEFAULT 0,
    "settledOn" TEXT,
    "statusReason" TEXT,
    CONSTRAINT "RecommendationRecord_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RecommendationRecord_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "RecommendationRecord_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "Opd" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_RecommendationRecord" ("amountDueRupiah", "caseId", "createdAt", "deadlineOn", "findingId", "id", "kind", "opdId", "position", "responsibleOfficial", "status", "text", "updatedAt", "version") SELECT "amountDueRupiah", "caseId", "createdAt", "deadlineOn", "findingId", "id", "kind", "opdId", "position", "responsibleOfficial", "status", "text", "updatedAt", "version" FROM "RecommendationRecord";
DROP TABLE "RecommendationRecord";
ALTER TABLE "new_RecommendationRecord" RENAME TO "RecommendationRecord";
CREATE INDEX "RecommendationRecord_opdId_status_idx" ON "RecommendationRecord"("opdId", "status");
CREATE INDEX "RecommendationRecord_status_deadlineOn_idx" ON "RecommendationRecord"("status", "deadlineOn");
CREATE UNIQUE INDEX "RecommendationRecord_caseId_position_key" ON "RecommendationRecord"("caseId", "position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "FollowUpResponse_recommendationId_position_key" ON "FollowUpResponse"("recommendationId", "position");

