import { parsePeriod, type Period } from '../../domain/period';
import { readDate, startsPeriodWords } from '../../domain/periodWords';
import type { ArgumentCursor } from '../argumentCursor';
import { invalidInput } from '../invalidInput';

/**
 * Shapes of the period notations, without their range checks: a token of such a shape is meant as
 * a period, so an invalid one (`13/2026`, `2026-Q5`, `Q3`) is refused instead of read as a note.
 */
const PERIOD_SHAPES = [/^\d{4}$/, /^\d{4}[-/]?Q\d+$/, /^Q\d+(?:[-/.]\d+)?$/, /^\d{4}[-/.]\d+$/, /^\d{1,2}[/.]\d{4}$/];
const SPLIT_QUARTER = /^(?:Q\d+ \d{4}|\d{4} Q\d+)$/i;
// `3. Quartal 2026` is the longest way to write a period.
const MAX_PERIOD_WORDS = 3;

function looksLikePeriod(first: string, second: string | undefined): boolean {
  return PERIOD_SHAPES.some((shape) => shape.test(first.toUpperCase())) || startsPeriodWords(first, second);
}

/** The longest period written in the words from `from` on (`Q3 2026`, `September 2026` are two), with its word count. */
export function periodAt(args: ArgumentCursor, from = 0): { period: Period; words: number } | undefined {
  for (let words = MAX_PERIOD_WORDS; words >= 1; words--) {
    const parts = Array.from({ length: words }, (_, i) => args.peek(from + i));
    if (parts.some((part) => part === undefined)) continue;
    const period = parsePeriod(parts.join(' '));
    if (period) return { period, words };
  }
  return undefined;
}

/** Whether the words from `from` on are meant as a period (readable or not), or as a date. */
export function meantAsPeriod(args: ArgumentCursor, from = 0): boolean {
  const first = args.peek(from);
  return first !== undefined && (periodAt(args, from) !== undefined || readDate(first) !== undefined || looksLikePeriod(first, args.peek(from + 1)));
}

/** A date where a period belongs is answered with the periods that contain it. */
function refuseDate(token: string): never {
  const date = readDate(token)!;
  throw invalidInput('dateIsNoPeriod', {
    value: token,
    year: date.year,
    quarter: `${date.year}-Q${Math.ceil(date.month / 3)}`,
    month: `${date.year}-${String(date.month).padStart(2, '0')}`,
  });
}

/** An optional period; text that does not look like one is left for the note, text that does is read or refused. */
export function readOptionalPeriod(args: ArgumentCursor): Period | undefined {
  const first = args.peek();
  if (first === undefined) return undefined;
  const found = periodAt(args);
  if (!found) {
    if (readDate(first)) refuseDate(first);
    if (!looksLikePeriod(first, args.peek(1))) return undefined;
    const second = args.peek(1);
    const pair = `${first} ${second}`;
    const both = second !== undefined && ((startsPeriodWords(first, second) && !startsPeriodWords(first)) || SPLIT_QUARTER.test(pair));
    throw invalidInput('invalidPeriod', { value: both ? pair : first });
  }
  for (let i = 0; i < found.words; i++) args.next();
  // `2026 September …`: a second period right after the first is a mistake, not the start of the note.
  if (meantAsPeriod(args)) throw invalidInput('invalidPeriod', { value: args.rest() });
  return found.period;
}
