-- AlterTable
ALTER TABLE "ReallocationRequest" ADD COLUMN "sustainabilityEffect" TEXT;
ALTER TABLE "ReallocationRequest" ADD COLUMN "sustainabilityNote" TEXT;

