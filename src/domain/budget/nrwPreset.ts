import { parseBudgetPolicy, type BudgetPolicyInput } from './policy';

/**
 * The preset for North Rhine-Westphalia. Amounts are the kind a mid-sized town sets in its budget
 * statute (Haushaltssatzung); every municipality adjusts them.
 */
export const NRW_PRESET_INPUT: BudgetPolicyInput = {
  jointBudgetMutuallyCoverable: true,
  approval: {
    internal: [
      { fromCents: 0, level: 'team_lead', roles: ['budget_owner', 'team_lead', 'approver'], approvals: 1 },
      { fromCents: 5_000_000, level: 'treasurer', roles: ['team_lead', 'approver', 'treasurer'], approvals: 2 },
    ],
    overplanned: [{ fromCents: 0, level: 'treasurer', roles: ['treasurer'], approvals: 1 }],
    unplanned: [{ fromCents: 0, level: 'treasurer', roles: ['treasurer'], approvals: 1 }],
  },
  materialityThresholdCents: 1_500_000,
  supplementaryBudgetWarningsCents: [50_000_000, 100_000_000],
  reminderAfterWorkingDays: 3,
  reminderRepeatWorkingDays: 2,
  expireAfterWorkingDays: 20,
  holidays: { country: 'DE', state: 'NW' },
  closingDays: [],
  legalBasis: {
    blocked: '§ 25 KomHVO NRW',
    earmark: '§ 20 KomHVO NRW',
    insufficientFunds: '§ 21 KomHVO NRW',
    internal: '§ 21 KomHVO NRW',
    oneWayEdge: '§ 21 Abs. 2 KomHVO NRW',
    overplanned: '§ 83 GO NRW',
    unplanned: '§ 83 GO NRW',
    supplementaryBudget: '§ 81 GO NRW',
  },
};

export const NRW_PRESET = parseBudgetPolicy(NRW_PRESET_INPUT);
