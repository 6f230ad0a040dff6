import type { Db, Tx } from '../../db/client';
import { issue, type ImportIssue } from '../../import/issues';
import { appendAudit } from '../../audit/appendAudit';

/** Import of one kind of template rows (measures, KPIs, KPI values) into a municipality. */
export interface RecordImportInput<R> {
  tenantId: string;
  /** The municipality's time zone (days and periods are its days and periods). */
  zone: string;
  rows: R[];
  /** Show what would change, write nothing. */
  dryRun: boolean;
  /** Apply changed rows (otherwise they are reported and left as they are). */
  update: boolean;
  sourceTitle: string;
  now: Date;
  /** A column's header as the file writes it; the template's German one when not given. */
  header?: (key: string) => string;
}

/** What importing a row does; `apply` writes it (for a change, only with `update`). */
export interface RecordStep {
  line: number;
  code: string;
  action: 'create' | 'change' | 'unchanged';
  apply?: (tx: Tx) => Promise<void>;
}

export interface RecordPlan {
  steps: RecordStep[];
  refused: ImportIssue[];
}

export interface RecordImportReport {
  counts: { created: number; changed: number; unchanged: number };
  changed: { line: number; code: string }[];
  refused: ImportIssue[];
  /** True when the changes were written (not a dry run, nothing refused). */
  applied: boolean;
}

/** The header to name a column by in an issue: the file's, else the template's German one. */
export function headerIn(input: RecordImportInput<unknown>, columns: readonly (readonly [string, string, string])[]): (key: string) => string {
  return (key) => input.header?.(key) ?? columns.find(([k]) => k === key)![1];
}

/** Refuses a row whose key an earlier row of the file has; returns whether the row is the first. */
export function firstOfKey(seen: Set<string>, key: string, line: number, code: string, refused: ImportIssue[]): boolean {
  if (!seen.has(key)) return void seen.add(key), true;
  refused.push(issue(line, 'import:duplicateRow', { code }));
  return false;
}

/**
 * Plans and writes an import in one transaction, all or nothing: nothing is written when a row is
 * refused or on a dry run; one audit record names the file and the counts when something was written.
 */
export async function importRecords<R>(db: Db, input: RecordImportInput<R>, auditAction: string, plan: (tx: Tx) => Promise<RecordPlan>): Promise<RecordImportReport> {
  return db.$transaction(
    async (tx) => {
      const { steps, refused } = await plan(tx);
      const count = (action: RecordStep['action']) => steps.filter((s) => s.action === action).length;
      const report: RecordImportReport = {
        counts: { created: count('create'), changed: count('change'), unchanged: count('unchanged') },
        changed: steps.filter((s) => s.action === 'change').map(({ line, code }) => ({ line, code })),
        refused: refused.sort((a, b) => a.line - b.line),
        applied: false,
      };
      if (refused.length > 0 || input.dryRun) return report;
      const writes = steps.filter((s) => s.action === 'create' || (s.action === 'change' && input.update));
      for (const step of writes) await step.apply!(tx);
      if (writes.length > 0) {
        await appendAudit(tx, { tenantId: input.tenantId, action: auditAction, entity: 'Tenant', entityId: input.tenantId, after: { source: input.sourceTitle, ...report.counts, updated: input.update }, createdAt: input.now });
      }
      report.applied = true;
      return report;
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
}
