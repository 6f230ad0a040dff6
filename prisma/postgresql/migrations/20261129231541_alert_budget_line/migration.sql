-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_budgetLineId_fkey" FOREIGN KEY ("budgetLineId") REFERENCES "BudgetLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

