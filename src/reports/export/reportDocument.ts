import type { Png } from '../charts/renderPng';

/** A cell of an exported table: text, a number, money in cents, a percentage (0–100), a date, or empty. */
export type Cell = string | number | { cents: bigint } | { percent: number } | Date | null;

export interface ExportTable {
  /** The sheet's name (≤ 31 characters: Excel's limit) and the table's title elsewhere. */
  name: string;
  headers: string[];
  rows: Cell[][];
}

/** A report as the exports see it: title lines, tables and charts, already localized. */
export interface ReportDocument {
  title: string;
  subtitle: string;
  /** The instant the figures stand for: also the files' creation date, so the same figures give the same file. */
  asOf: Date;
  tables: ExportTable[];
  /** Rendered when a format shows them (PDF): for 300 KPIs that is seconds the XLSX, CSV and Markdown need not wait. */
  charts: () => { title: string; png: Png }[];
}

export const EXPORT_FORMATS = ['xlsx', 'csv', 'pdf', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
