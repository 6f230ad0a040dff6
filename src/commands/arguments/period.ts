import { parsePeriod, type Period } from '../../domain/period';
import type { ArgumentCursor } from '../argumentCursor';
import { invalidInput } from '../invalidInput';

/**
 * Shapes of the period notations, without their range checks: a token of such a shape is meant as
 * a period, so an invalid one (`13/2026`, `2026-Q5`, `Q3`) is refused instead of read as a note.
 */
const PERIOD_SHAPES = [/^\d{4}$/, /^\d{4}[-/]?Q\d+$/, /^Q\d+(?:[-/.]\d+)?$/, /^\d{4}[-/.]\d+$/, /^\d{1,2}[/.]\d{4}$/];
const QUARTER = /^Q\d+$/;
const YEAR = /^\d{4}$/;

function looksLikePeriod(token: string): boolean {
  return PERIOD_SHAPES.some((shape) => shape.test(token.toUpperCase()));
}

/** `Q3 2026` and `2026 Q3` arrive as two tokens. */
function isSplitQuarter(first: string, second: string | undefined): boolean {
  if (second === undefined) return false;
  const [a, b] = [first.toUpperCase(), second.toUpperCase()];
  return (QUARTER.test(a) && YEAR.test(b)) || (YEAR.test(a) && QUARTER.test(b));
}

/** An optional period; anything else is left for the note. */
export function readOptionalPeriod(args: ArgumentCursor): Period | undefined {
  const first = args.peek();
  if (first === undefined) return undefined;
  const split = isSplitQuarter(first, args.peek(1));
  if (!split && !looksLikePeriod(first)) return undefined;
  const text = split ? `${first} ${args.peek(1)}` : first;
  const period = parsePeriod(text);
  if (!period) throw invalidInput('invalidPeriod', { value: text });
  args.next();
  if (split) args.next();
  return period;
}

export function isPeriod(token: string): boolean {
  return parsePeriod(token) !== undefined;
}
