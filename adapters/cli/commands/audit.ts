import type { Command } from 'commander';
import { checkAnchor, verifyChain, type ChainReport } from '../../../src/audit/verifyChain';
import { InvalidInputError, NotFoundError } from '../../../src/domain/errors';
import { formatDateTime } from '../../../src/format';
import { cliLocale, cliT } from '../locale';
import { runCommand } from '../runCommand';
import { registerAuditExport } from './auditExport';

/** `v2030 audit verify|export`: what an auditor runs on the municipality's audit trail. */
export function registerAudit(program: Command): void {
  const audit = program.command('audit').description(cliT('audit:description'));
  audit
    .command('verify')
    .description(cliT('audit:verifyDescription'))
    .option('--tenant <slug>', cliT('audit:tenantOption'))
    .option('--anchor <seq:hash>', cliT('audit:anchorOption'))
    .action(async (options: { tenant?: string; anchor?: string }) => {
      await runCommand({ migrate: false, seedDemo: false }, async ({ db }) => {
        const anchor = options.anchor === undefined ? undefined : parseAnchor(options.anchor);
        const tenants = await db.tenant.findMany({ where: options.tenant ? { slug: options.tenant } : {}, orderBy: { slug: 'asc' }, select: { id: true, slug: true, name: true, timeZone: true } });
        if (options.tenant && tenants.length === 0) throw new NotFoundError('access:unknownTenant', { key: options.tenant });
        let broken = false;
        for (const tenant of tenants) {
          const label = `${tenant.name} (${tenant.slug})`;
          const report = await verifyChain(db, tenant.id);
          console.log(describe(label, report, tenant.timeZone));
          broken ||= report.problem !== undefined;
          if (anchor) {
            const kept = await checkAnchor(db, tenant.id, anchor);
            console.log(cliT(kept ? 'audit:verifyAnchorOk' : 'audit:verifyAnchorMissing', { tenant: label, seq: anchor.seq, hash: anchor.hash }));
            broken ||= !kept;
          }
        }
        if (broken) process.exitCode = 1;
      });
    });
  registerAuditExport(audit);
}

function parseAnchor(text: string): { seq: number; hash: string } {
  const match = /^(\d+):([0-9a-f]{64})$/i.exec(text.trim());
  if (!match) throw new InvalidInputError('audit:badAnchor', { anchor: text });
  return { seq: Number(match[1]), hash: match[2]!.toLowerCase() };
}

function describe(tenant: string, report: ChainReport, zone: string): string {
  const { problem, head } = report;
  if (!problem) return head ? cliT('audit:verifyOk', { tenant, rows: report.rows, seq: head.seq, hash: head.hash }) : cliT('audit:verifyEmpty', { tenant });
  const params = {
    tenant,
    seq: problem.seq === null ? cliT('audit:unknownSeq') : problem.seq,
    action: problem.action ?? '',
    id: problem.id ?? '',
    date: problem.createdAt ? formatDateTime(problem.createdAt, cliLocale(), zone) : '',
  };
  if (problem.kind === 'deleted') return cliT('audit:verifyDeleted', params);
  return cliT(problem.kind === 'inserted' ? 'audit:verifyInserted' : 'audit:verifyChanged', params);
}
