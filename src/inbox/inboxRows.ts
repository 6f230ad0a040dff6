import type { DatabaseTarget } from '../db/databaseUrl';
import type { InboundItem } from './inboundItem';
import { openPostgresInboxRows } from './postgresInboxRows';
import { openSqliteInboxRows } from './sqliteInboxRows';

/**
 * Inserts inbox rows in one transaction, straight through the database driver on a connection of
 * its own. This is the hot path of every acknowledged chat request, and Prisma's query compiler
 * costs more per INSERT than the whole rest of the ack (bench/README figures), so the inbox writes
 * its rows with one prepared statement instead; everything else about the inbox uses Prisma.
 */
export interface InboxRows {
  /** Inserts the items, skipping any whose delivery key is stored already; resolves after the commit with `true` for each newly stored item. */
  insert(items: readonly InboundItem[], receivedAt: Date): Promise<boolean[]>;
  close(): Promise<void>;
}

export function openInboxRows(target: DatabaseTarget): InboxRows {
  return target.provider === 'postgresql' ? openPostgresInboxRows(target.url) : openSqliteInboxRows(target.file!);
}
