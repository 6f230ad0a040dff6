import type { MessageParams } from '../i18n';

/**
 * Why a line of an imported file was refused (or what the operator should know about it): a message
 * key of the `import` catalogue with its parameters, so the edge words it in the operator's language.
 */
export interface ImportIssue {
  /** 1-based line of the file; 0 for the file as a whole. */
  line: number;
  /** Set when the line is one of the mapping file's rather than the imported file's. */
  inMapping?: boolean;
  /** The column's header as written in the file, when one column is at fault. */
  column?: string;
  messageKey: string;
  params?: MessageParams;
}

export function issue(line: number, messageKey: string, params?: MessageParams, column?: string): ImportIssue {
  return { line, messageKey, ...(params ? { params } : {}), ...(column !== undefined ? { column } : {}) };
}
