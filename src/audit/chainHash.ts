import crypto from 'node:crypto';

/** The `prevHash` of a tenant's first audit row. */
export const GENESIS_HASH = '0'.repeat(64);

/** What an audit row's hash covers: everything but its database id and the chain columns themselves. */
export interface ChainedContent {
  tenantId: string;
  seq: number;
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
  createdAt: Date;
}

/**
 * A JSON value as both databases give it back: undefined and JSON null become null, dates their ISO
 * text, keys without a value disappear (PostgreSQL's jsonb and SQLite's text store the same).
 */
export function normalizeJson(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  const text = JSON.stringify(value);
  return text === undefined ? null : (JSON.parse(text) as unknown);
}

/** JSON with object keys sorted at every level: the same text for the same content on any database. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** sha256 (hex) of the previous row's hash and this row's canonical content. */
export function chainHash(prevHash: string, row: ChainedContent): string {
  const content = canonicalJson({
    tenantId: row.tenantId,
    seq: row.seq,
    actorId: row.actorId,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    before: normalizeJson(row.before),
    after: normalizeJson(row.after),
    requestId: row.requestId,
    createdAt: row.createdAt.toISOString(),
  });
  return crypto.createHash('sha256').update(prevHash).update('\n').update(content).digest('hex');
}
