import type { Db } from '../../db/client';
import type { StrategyRow } from '../../import/strategy/strategyRows';

/** A municipality's strategy as template rows: fields, their core teams and members, goals. */
export async function exportStrategy(db: Db, tenantId: string): Promise<StrategyRow[]> {
  const fields = await db.actionField.findMany({
    where: { tenantId },
    orderBy: { code: 'asc' },
    include: {
      team: { include: { members: { where: { temporary: false }, include: { person: true }, orderBy: [{ role: 'asc' }, { person: { email: 'asc' } }] } } },
      strategicGoals: { orderBy: { code: 'asc' }, include: { operationalGoals: { orderBy: { code: 'asc' } } } },
    },
  });
  const rows: StrategyRow[] = [];
  const row = (r: Omit<StrategyRow, 'line' | 'sdgs' | 'role' | 'description'> & Partial<StrategyRow>) => rows.push({ line: 0, sdgs: '', role: 'member', description: '', ...r });
  for (const f of fields) {
    row({ kind: 'field', code: f.code, name: f.name, parent: '', description: f.description ?? '' });
    if (f.team) {
      row({ kind: 'team', code: f.code, name: f.team.name, parent: f.code });
      for (const m of f.team.members) row({ kind: 'member', code: m.person.email, name: m.person.displayName, parent: f.code, role: m.role === 'lead' ? 'lead' : 'member' });
    }
    for (const s of f.strategicGoals) {
      row({ kind: 'strategic', code: s.code, name: s.title, parent: f.code, sdgs: s.sdgs });
      for (const o of s.operationalGoals) row({ kind: 'operational', code: o.code, name: o.title, parent: s.code, sdgs: o.sdgs });
    }
  }
  return rows;
}
