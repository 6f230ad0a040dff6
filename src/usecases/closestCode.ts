import { distance } from 'fastest-levenshtein';

/** The known code nearest to what was typed, if it is near enough to be a likely typo. */
export function closestCode(typed: string, known: string[]): string | undefined {
  let best: { code: string; d: number } | undefined;
  for (const code of known) {
    const d = distance(typed.toUpperCase(), code.toUpperCase());
    if (!best || d < best.d) best = { code, d };
  }
  return best && best.d <= Math.max(2, Math.floor(typed.length / 2)) ? best.code : undefined;
}
