import { DateTime } from 'luxon';

/** An e-mail address as templates name people by. */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A calendar day as written in a template (`2026-03-31`, `31.03.2026`, `31.3.2026`; XLSX dates
 * arrive as the first form) as `2026-03-31`; undefined when it is no valid day.
 */
export function dayOf(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : german ? [german[3], german[2], german[1]] : [];
  if (year === undefined) return undefined;
  const date = DateTime.fromObject({ year: Number(year), month: Number(month), day: Number(day) });
  return date.isValid ? (date.toISODate() ?? undefined) : undefined;
}

/** The start of a day (`2026-03-31`) in the municipality's time zone. */
export function startOfDay(day: string, zone: string): Date {
  return DateTime.fromISO(day, { zone }).startOf('day').toJSDate();
}

/** The day of an instant in the municipality's time zone, as templates write it (`2026-03-31`). */
export function dayText(at: Date | null, zone: string): string {
  return at ? (DateTime.fromJSDate(at, { zone }).toISODate() ?? '') : '';
}
