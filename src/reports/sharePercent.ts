/** part ÷ whole in percent with one decimal, rounded half up, exactly on cents; null without a whole. */
export function sharePercent(part: bigint, whole: bigint): number | null {
  return whole > 0n ? Number((part * 1000n + whole / 2n) / whole) / 10 : null;
}
