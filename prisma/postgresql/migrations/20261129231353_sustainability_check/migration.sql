-- AlterTable
ALTER TABLE "ReallocationRequest" ADD COLUMN     "sustainabilityEffect" TEXT,
ADD COLUMN     "sustainabilityNote" TEXT;

