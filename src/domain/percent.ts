/**
 * `part` as a share of `whole` in percent, rounded half up to one decimal, exactly on integer cents;
 * null without a whole. Every execution figure (the `budget` answer, the in-year report) is computed
 * here and shown with `formatPercent`, so the same budget never shows two different percentages.
 */
export function percentOf(part: bigint, whole: bigint): number | null {
  if (whole <= 0n) return null;
  return Number((part * 1000n + whole / 2n) / whole) / 10;
}
