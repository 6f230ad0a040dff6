-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "remindersPausedAt" TIMESTAMP(3);

