import { formatMoney } from '../../src/format';
import type { ImportIssue } from '../../src/import/issues';
import type { BudgetPlanFile } from '../../src/import/budget/readBudgetPlanFile';
import type { BudgetImportReport } from '../../src/usecases/import/importBudgetPlan';
import { cliLocale, cliT } from './locale';

/** Lists longer than this are cut, with the number of lines left out. */
const LIST_LIMIT = 30;

const money = (cents: bigint) => formatMoney(cents, cliLocale());

function limited<T>(items: T[], line: (item: T) => string): string[] {
  const shown = items.slice(0, LIST_LIMIT).map(line);
  return items.length > LIST_LIMIT ? [...shown, cliT('import:reportMore', { count: items.length - LIST_LIMIT })] : shown;
}

/** One refused line in the operator's language; parameters named `…Cents` are amounts of money. */
export function issueText(issue: ImportIssue): string {
  const params = Object.fromEntries(Object.entries(issue.params ?? {}).map(([k, v]) => [k, k.endsWith('Cents') ? money(BigInt(v)) : v]));
  const reason = cliT(issue.messageKey, params);
  if (issue.line === 0) return cliT('import:issueFile', { reason });
  if (issue.column !== undefined) return cliT('import:issueAtColumn', { line: issue.line, column: issue.column, reason });
  return cliT('import:issueAt', { line: issue.line, reason });
}

/** The refused lines of the imported file and of the mapping file, each under its file's name. */
export function refusedLines(issues: ImportIssue[], file: string, mappingFile?: string): string[] {
  const lines: string[] = [];
  for (const [name, ofFile] of [
    [file, issues.filter((i) => !i.inMapping)],
    [mappingFile ?? '', issues.filter((i) => i.inMapping)],
  ] as const) {
    if (ofFile.length === 0) continue;
    const sorted = [...ofFile].sort((a, b) => a.line - b.line);
    lines.push(cliT('import:reportRefused', { file: name, count: ofFile.length }), ...limited(sorted, issueText));
  }
  return lines;
}

export function budgetFileLines(file: BudgetPlanFile, name: string): string[] {
  const lines = [cliT('import:reportRead', { file: name, column: file.amountColumn, entries: file.entries.length, zero: file.zeroLines })];
  const { totals } = file;
  if (totals) {
    const key = totals.publishedCents === totals.computedCents ? 'import:reportTotalsMatch' : 'import:reportTotalsDiffer';
    lines.push(cliT(key, { line: totals.line, published: money(totals.publishedCents), computed: money(totals.computedCents) }));
  }
  return lines;
}

export function budgetReportLines(report: BudgetImportReport, year: number, update: boolean): string[] {
  const lines = report.fields.map((f) =>
    cliT('import:reportField', {
      field: f.field,
      newBudget: f.newBudget ? cliT('import:reportNewBudget', { year }) : '',
      created: f.created,
      createdAmount: money(f.createdCents),
      unchanged: f.unchanged,
      changed: f.changed,
    }),
  );
  if (report.changed.length > 0) {
    lines.push(cliT('import:reportChanged'));
    lines.push(...limited(report.changed, ({ line, existing }) => cliT('import:reportChange', { line: line.entry.lines[0]!, code: existing.code, before: money(existing.plannedCents), after: money(line.plannedCents) })));
    if (!update) lines.push(cliT('import:reportChangedHint'));
  }
  if (report.unmapped.length > 0) {
    const count = report.unmapped.reduce((sum, p) => sum + p.lines, 0);
    const amount = report.unmapped.reduce((sum, p) => sum + p.cents, 0n);
    lines.push(cliT('import:reportUnmapped', { products: report.unmapped.length, lines: count, amount: money(amount) }));
    lines.push(...limited(report.unmapped, (p) => cliT('import:reportUnmappedProduct', { product: p.product, name: p.name, lines: p.lines, amount: money(p.cents) })));
  }
  return lines;
}
