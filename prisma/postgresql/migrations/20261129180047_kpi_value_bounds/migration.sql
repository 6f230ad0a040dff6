-- AlterTable
ALTER TABLE "Kpi" ADD COLUMN     "maxValue" DECIMAL(65,30),
ADD COLUMN     "minValue" DECIMAL(65,30);

