import type { Locale } from '../../i18n';
import { cellText } from './cellText';
import type { ReportDocument } from './reportDocument';

/** Markdown for the console and for pasting into minutes: title, then each table; charts are left to the other formats. */
export function writeMarkdown(doc: ReportDocument, locale: Locale, zone: string): Buffer {
  const cell = cellText(locale, zone);
  const out = [`# ${doc.title}`, '', doc.subtitle];
  for (const table of doc.tables) {
    out.push('', `## ${table.name}`, '', `| ${table.headers.join(' | ')} |`, `|${table.headers.map(() => ' --- ').join('|')}|`);
    for (const row of table.rows) out.push(`| ${row.map((c) => cell(c).replace(/\|/g, '\\|')).join(' | ')} |`);
  }
  return Buffer.from(`${out.join('\n')}\n`, 'utf8');
}
