import { distance } from 'fastest-levenshtein';

/**
 * The known code nearest to what was typed, if it is near enough to be a likely typo. Among equally
 * near codes the one sharing the longest beginning wins (`M-121` → `M-12`, not `M-11`).
 */
export function closestCode(typed: string, known: string[]): string | undefined {
  const wanted = typed.toUpperCase();
  let best: { code: string; d: number; prefix: number } | undefined;
  for (const code of known) {
    const upper = code.toUpperCase();
    const d = distance(wanted, upper);
    const prefix = commonPrefix(wanted, upper);
    if (!best || d < best.d || (d === best.d && prefix > best.prefix)) best = { code, d, prefix };
  }
  return best && best.d <= Math.max(2, Math.floor(typed.length / 2)) ? best.code : undefined;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
