import { z } from 'zod';

/**
 * A municipality's budget rules as data (DESIGN.md §7): thresholds, who decides what, how lines
 * cover each other, and the working-day limits of pending requests. Stored per tenant as JSON;
 * money in integer cents (a JSON number or a digit string), never floats.
 */
const cents = z
  .union([z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER), z.string().regex(/^\d{1,17}$/)])
  .transform((value) => BigInt(value));

/** Who may decide: the joint budget's owner, the field's team lead, field approvers, the treasurer. */
export const DECIDER_ROLES = ['budget_owner', 'team_lead', 'approver', 'treasurer'] as const;
export type DeciderRole = (typeof DECIDER_ROLES)[number];

export const APPROVAL_LEVELS = ['team_lead', 'treasurer'] as const;
export type ApprovalLevel = (typeof APPROVAL_LEVELS)[number];

const approvalTier = z.object({
  /** The tier applies from this amount (inclusive) up to the next tier's. */
  fromCents: cents,
  level: z.enum(APPROVAL_LEVELS),
  roles: z.array(z.enum(DECIDER_ROLES)).min(1),
  /** Distinct approvers needed, none of them the requester. */
  approvals: z.number().int().min(1).max(3),
});

const tiers = z
  .array(approvalTier)
  .min(1)
  .refine((list) => list[0]!.fromCents === 0n, { message: 'the first tier must start at 0' })
  .refine((list) => list.every((tier, i) => i === 0 || tier.fromCents > list[i - 1]!.fromCents), {
    message: 'tiers must be in ascending order of fromCents',
  });

const legalBasis = z.object({
  blocked: z.string().min(1),
  earmark: z.string().min(1),
  insufficientFunds: z.string().min(1),
  internal: z.string().min(1),
  oneWayEdge: z.string().min(1),
  overplanned: z.string().min(1),
  unplanned: z.string().min(1),
  supplementaryBudget: z.string().min(1),
});

export const budgetPolicySchema = z.object({
  /** Lines of one joint budget cover each other unless a one-way rule says otherwise (§21 KomHVO). */
  jointBudgetMutuallyCoverable: z.boolean(),
  approval: z.object({ internal: tiers, overplanned: tiers, unplanned: tiers }),
  /** §83 items at or above this (cumulative per target line and year) need prior council consent. */
  materialityThresholdCents: cents,
  /** Early warnings to the treasury when the year's §83 total reaches each of these (§81 GO NRW). */
  supplementaryBudgetWarningsCents: z.array(cents).min(1),
  reminderAfterWorkingDays: z.number().int().min(1).max(60),
  reminderRepeatWorkingDays: z.number().int().min(1).max(60),
  expireAfterWorkingDays: z.number().int().min(1).max(250),
  /** Public holidays: ISO country and state as date-holidays names them, e.g. DE / NW. */
  holidays: z.object({ country: z.string().length(2), state: z.string().min(1).max(3) }),
  /** The municipality's own closing days (ISO dates), on top of weekends and public holidays. */
  closingDays: z.array(z.iso.date()),
  legalBasis,
});

export type BudgetPolicy = z.output<typeof budgetPolicySchema>;
export type BudgetPolicyInput = z.input<typeof budgetPolicySchema>;
export type ApprovalTier = z.output<typeof approvalTier>;

export function parseBudgetPolicy(data: unknown): BudgetPolicy {
  return budgetPolicySchema.parse(data);
}
