const BARS = '▁▂▃▄▅▆▇█';

/** A one-line text chart of a series, for platforms without images. */
export function sparkline(values: number[]): string {
  if (values.length === 0) return '';
  const min = Math.min(...values);
  const span = Math.max(...values) - min;
  return values.map((v) => BARS[span === 0 ? 3 : Math.round(((v - min) / span) * (BARS.length - 1))]).join('');
}

/** A text progress bar, e.g. `██████░░░░`. */
export function progressBar(percent: number, width = 10): string {
  const filled = Math.round((Math.min(100, Math.max(0, percent)) / 100) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}
