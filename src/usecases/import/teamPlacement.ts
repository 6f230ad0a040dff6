import type { Tx } from '../../db/client';
import { issue, type ImportIssue } from '../../import/issues';

/** Where a measure or KPI of an action field goes: its core team and, if named, its operational goal. */
export interface Placement {
  teamId: string;
  goalId: string | null;
}

/**
 * Loads the municipality's core teams and operational goals and returns the placement of a row
 * (`field`, `goal` codes upper case), or the issue it is refused with: a field without a core team,
 * an unknown goal, or a goal of another field.
 */
export async function teamPlacement(tx: Tx, tenantId: string, header: (key: string) => string): Promise<(row: { line: number; field: string; goal: string }) => Placement | ImportIssue> {
  const teams = new Map((await tx.coreTeam.findMany({ where: { tenantId }, select: { id: true, actionField: { select: { code: true } } } })).map((t) => [t.actionField.code.toUpperCase(), t.id]));
  const goals = new Map((await tx.operationalGoal.findMany({ where: { tenantId }, select: { id: true, code: true, strategicGoal: { select: { actionField: { select: { code: true } } } } } })).map((g) => [g.code.toUpperCase(), { id: g.id, field: g.strategicGoal.actionField.code.toUpperCase() }]));
  return ({ line, field, goal }) => {
    const teamId = teams.get(field);
    const found = goal ? goals.get(goal) : undefined;
    if (!teamId) return issue(line, 'import:fieldWithoutTeam', { field }, header('field'));
    if (goal && !found) return issue(line, 'import:unknownGoal', { goal }, header('goal'));
    if (found && found.field !== field) return issue(line, 'import:goalInOtherField', { goal, field: found.field }, header('goal'));
    return { teamId, goalId: found?.id ?? null };
  };
}
