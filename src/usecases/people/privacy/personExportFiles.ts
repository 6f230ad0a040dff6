import { PERSON_SECTIONS, type ExportRow, type PersonData } from './collectPersonData';

export interface ExportFile {
  name: string;
  bytes: Buffer;
}

function quote(field: string): string {
  return /[;"\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** One section as CSV the way German spreadsheets open it: UTF-8 with BOM, `;`, a header row of the keys. */
function csv(rows: ExportRow[]): Buffer {
  const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const lines = [headers.map(quote).join(';'), ...rows.map((r) => headers.map((h) => quote(r[h] === null || r[h] === undefined ? '' : String(r[h]))).join(';'))];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/**
 * The files of a person's export (DSGVO Art. 15/20): `person.json` with every section, and one CSV
 * per section (`profile.csv`, `roles.csv` …; a section without rows is an empty CSV with no header).
 */
export function personExportFiles(data: PersonData, exportedAt: Date): ExportFile[] {
  const document = { personId: data.personId, exportedAt: exportedAt.toISOString(), ...data.sections };
  return [
    { name: 'person.json', bytes: Buffer.from(`${JSON.stringify(document, null, 2)}\n`, 'utf8') },
    ...PERSON_SECTIONS.map((section) => ({ name: `${section}.csv`, bytes: csv(data.sections[section]) })),
  ];
}
