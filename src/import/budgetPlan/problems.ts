/** Why a line of an imported file could not be used. Codes, so the edge can word them per locale. */
export const IMPORT_PROBLEM_REASONS = [
  'header',
  'csv_syntax',
  'column_count',
  'empty_product',
  'empty_account',
  'invalid_account',
  'invalid_code',
  'amount',
  'duplicate_prefix',
  'unknown_account',
  'unknown_column',
  'negative_amount',
  'duplicate_code',
  'code_conflict',
  'amount_changed',
] as const;
export type ImportProblemReason = (typeof IMPORT_PROBLEM_REASONS)[number];

export interface ImportProblem {
  /** 1-based line of the file (the header is line 1). */
  line: number;
  reason: ImportProblemReason;
  /** The offending value or what was expected, for the message shown to the user. */
  detail: string;
}
