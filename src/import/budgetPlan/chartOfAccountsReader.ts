import { readLatin1Csv, type CsvSource } from './csvLines';
import { parseGermanAmount } from './germanAmount';
import type { ImportProblem } from './problems';

export type AccountKind = 'income' | 'expense' | 'investment';

/** One range of Wesel's kontenrahmen.csv: accounts starting with `prefix`. */
export interface AccountCategory {
  line: number;
  prefix: string;
  /** Category id of the plan, e.g. `E12` or `F21`. */
  id: string;
  /** e.g. "Aufwendungen für Sach- und Dienstleistungen". */
  name: string;
  /** `Ergebnisplan` or `Finanzplan (investiv)`. */
  plan: string;
  /** `Erträge`, `Aufwendungen`, `inv. Einzahlungen`, `inv. Auszahlungen`. */
  side: string;
  kind: AccountKind;
  minCents: bigint;
  maxCents: bigint;
}

export interface ChartOfAccounts {
  categories: AccountCategory[];
  problems: ImportProblem[];
}

const HEADER = ['Konto beginnend mit', 'Betrag von', 'Betrag bis', 'ID', 'Bezeichnung', 'Erg/Fin', 'E/A'];
const KIND_BY_SIDE: Record<string, AccountKind> = {
  'Erträge': 'income',
  'Aufwendungen': 'expense',
  'inv. Einzahlungen': 'income',
  'inv. Auszahlungen': 'investment',
};

export function readChartOfAccounts(source: CsvSource): ChartOfAccounts {
  const { records, problems } = readLatin1Csv(source);
  const [header, ...data] = records;
  if (!header || HEADER.some((name, i) => header.fields[i] !== name)) {
    return { categories: [], problems: [...problems, { line: header?.line ?? 1, reason: 'header', detail: `${HEADER.join(';')} erwartet` }] };
  }
  const categories: AccountCategory[] = [];
  for (const { line, fields } of data) {
    if (fields.length !== HEADER.length) {
      problems.push({ line, reason: 'column_count', detail: `${HEADER.length} Spalten erwartet, ${fields.length} gefunden` });
      continue;
    }
    const [prefix, from, to, id, name, plan, side] = fields as [string, string, string, string, string, string, string];
    const minCents = parseGermanAmount(from);
    const maxCents = parseGermanAmount(to);
    const kind = KIND_BY_SIDE[side];
    if (!/^\d+$/.test(prefix)) {
      problems.push({ line, reason: 'invalid_account', detail: `Kontopräfix "${prefix}" ist keine Zahl` });
    } else if (minCents === undefined || maxCents === undefined) {
      problems.push({ line, reason: 'amount', detail: `Betrag von "${from}", Betrag bis "${to}"` });
    } else if (!kind) {
      problems.push({ line, reason: 'invalid_code', detail: `E/A "${side}" unbekannt` });
    } else {
      const clash = categories.find((c) => c.prefix === prefix && c.minCents <= maxCents && minCents <= c.maxCents);
      if (clash) {
        // Wesel lists 448 as both E5 and E6; the first mapping is used and the second reported.
        problems.push({ line, reason: 'duplicate_prefix', detail: `Präfix ${prefix} schon in Zeile ${clash.line} (${clash.id}) zugeordnet; ${id} wird ignoriert` });
        continue;
      }
      categories.push({ line, prefix, id, name, plan, side, kind, minCents, maxCents });
    }
  }
  return { categories, problems };
}

/** The category of an account: the longest matching prefix whose amount range holds the amount. */
export function classifyAccount(chart: ChartOfAccounts, account: string, amountCents = 0n): AccountCategory | undefined {
  let best: AccountCategory | undefined;
  for (const c of chart.categories) {
    if (!account.startsWith(c.prefix) || amountCents < c.minCents || amountCents > c.maxCents) continue;
    if (!best || c.prefix.length > best.prefix.length) best = c;
  }
  return best;
}
