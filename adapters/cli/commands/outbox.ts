import type { Command } from 'commander';
import { formatDateTime } from '../../../src/format';
import { message } from '../../../src/messages/model';
import { listUndelivered, retryOutboxMessage } from '../../../src/usecases/admin/outboxAdmin';
import { renderText } from '../../console/renderText';
import { cliLocale, cliT } from '../locale';
import { runCommand } from '../runCommand';

export function registerOutbox(program: Command): void {
  const outbox = program
    .command('outbox')
    .description(cliT('cli:outboxDescription'))
    .action(async () => {
      await runCommand({ migrate: false, seedDemo: false }, async ({ db }) => {
        const rows = await listUndelivered(db);
        if (rows.length === 0) {
          console.log(cliT('cli:outboxEmpty'));
          return;
        }
        const table = {
          type: 'table' as const,
          columns: ['outboxId', 'outboxStatus', 'outboxTarget', 'outboxKind', 'outboxAttempts', 'outboxNext', 'outboxReason'].map((k) => ({ header: cliT(`cli:${k}`) })),
          rows: rows.map((r) => [
            r.id,
            r.status,
            `${r.platform}:${r.conversationId}`,
            r.kind,
            String(r.attempts),
            r.status === 'failed' ? '' : formatDateTime(r.nextAttemptAt, cliLocale(), 'Europe/Berlin'),
            r.lastError ?? '',
          ]),
        };
        console.log(renderText(message('outbox', [table])));
      });
    });
  outbox
    .command('retry')
    .description(cliT('cli:outboxRetryDescription'))
    .argument('<id>', cliT('cli:outboxId'))
    .action(async (id: string) => {
      await runCommand({ migrate: false, seedDemo: false }, async ({ db, clock }) => {
        await retryOutboxMessage(db, id, clock.now());
        console.log(cliT('cli:outboxRequeued', { id }));
      });
    });
}
