import type { Tx } from '../../db/client';
import { DEMO_EMAIL_DOMAIN } from '../content/tenant';

/** What the seeding steps share: the transaction, the tenant, the seed time, and ids by content key. */
export interface SeedContext {
  tx: Tx;
  tenantId: string;
  now: Date;
  zone: string;
  departments: Map<string, string>;
  people: Map<string, string>;
  /** By action field code. */
  fields: Map<string, { id: string; name: string; teamId: string; leadId: string }>;
  goals: Map<string, string>;
}

export function emailOf(personKey: string): string {
  return `${personKey}@${DEMO_EMAIL_DOMAIN}`;
}

/** `days` days after the seed time (negative: before). */
export function daysFrom(now: Date, days: number): Date {
  return new Date(now.getTime() + days * 86_400_000);
}

/** Looks up a content key; a missing one is a mistake in the demo content. */
export function idOf<T>(map: Map<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo content: unknown ${what} "${key}"`);
  return value;
}
