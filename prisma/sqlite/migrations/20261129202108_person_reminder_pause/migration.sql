-- AlterTable
ALTER TABLE "Person" ADD COLUMN "remindersPausedAt" DATETIME;

