import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyReallocation } from '../../../src/domain/budget/classifyReallocation';
import type { CoverabilityEdge, LineSnapshot } from '../../../src/domain/budget/lines';
import { NRW_PRESET, NRW_PRESET_INPUT } from '../../../src/domain/budget/nrwPreset';
import { parseBudgetPolicy, type BudgetPolicy } from '../../../src/domain/budget/policy';
import { freeLine as free } from './lineFixture';
import { referenceClassify, type RefLine } from './reference';

const THRESHOLD = NRW_PRESET.materialityThresholdCents;

/** Amounts cluster around the interesting boundaries: 0, the threshold, the internal tier. */
const amount = fc.oneof(
  fc.bigInt({ min: -100n, max: 10_000_000n }),
  fc.bigInt({ min: THRESHOLD - 2n, max: THRESHOLD + 2n }),
  fc.bigInt({ min: 4_999_998n, max: 5_000_002n }),
  fc.constantFrom(0n, 1n),
);

const line = (id: string) =>
  fc.record({
    id: fc.constant(id),
    jointBudgetId: fc.constantFrom('jb-1', 'jb-2'),
    kind: fc.constantFrom('expense' as const, 'expense' as const, 'income' as const, 'investment' as const),
    plannedCents: fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 20_000_000n })),
    reallocatedInCents: fc.bigInt({ min: 0n, max: 2_000_000n }),
    reallocatedOutCents: fc.bigInt({ min: 0n, max: 2_000_000n }),
    committedCents: fc.bigInt({ min: 0n, max: 3_000_000n }),
    spentCents: fc.bigInt({ min: 0n, max: 25_000_000n }),
    blocked: fc.constantFrom(false, false, false, true),
    earmark: fc.constantFrom(null, null, null, 'grant-A', 'grant-B'),
  });

const edges = fc.array(
  fc.record({ fromLineId: fc.constantFrom('a', 'b', 'c'), toLineId: fc.constantFrom('a', 'b', 'c'), mutual: fc.boolean() }),
  { maxLength: 3 },
);

const policy: fc.Arbitrary<BudgetPolicy> = fc
  .record({ mutual: fc.boolean(), materiality: fc.bigInt({ min: 1n, max: 5_000_000n }), twoEyesFrom: fc.bigInt({ min: 1n, max: 8_000_000n }) })
  .map(({ mutual, materiality, twoEyesFrom }) =>
    parseBudgetPolicy({
      ...NRW_PRESET_INPUT,
      jointBudgetMutuallyCoverable: mutual,
      materialityThresholdCents: String(materiality),
      approval: {
        ...NRW_PRESET_INPUT.approval,
        internal: [
          { fromCents: 0, level: 'team_lead', roles: ['team_lead'], approvals: 1 },
          { fromCents: String(twoEyesFrom), level: 'treasurer', roles: ['team_lead', 'treasurer'], approvals: 2 },
        ],
      },
    }),
  );

function toRef(l: LineSnapshot): RefLine {
  return {
    id: l.id,
    budget: l.jointBudgetId,
    kind: l.kind,
    planned: l.plannedCents,
    moved_in: l.reallocatedInCents,
    moved_out: l.reallocatedOutCents,
    committed: l.committedCents,
    spent: l.spentCents,
    blocked: l.blocked,
    earmark: l.earmark,
  };
}

function compare(amountCents: bigint, from: LineSnapshot, to: LineSnapshot, rules: CoverabilityEdge[], justification: string | undefined, prior: bigint, p: BudgetPolicy) {
  const actual = classifyReallocation({ amountCents, from, to, justification, priorOverspendCents: prior }, rules, p);
  const expected = referenceClassify(amountCents, toRef(from), toRef(to), rules.map((r) => ({ from: r.fromLineId, to: r.toLineId, mutual: r.mutual })), justification, prior, p);
  const seen =
    actual.kind === 'refused'
      ? { kind: 'refused', rule: actual.rule, ...(actual.availableCents !== undefined ? { available: actual.availableCents } : {}) }
      : { kind: actual.kind, council: actual.councilConsent, level: actual.tier.level, approvals: actual.tier.approvals };
  expect(seen).toEqual(expected);
  return actual;
}

describe('classifyReallocation against the reference of DESIGN.md §7', () => {
  it('agrees on thousands of generated budgets, policies and requests', () => {
    fc.assert(
      fc.property(
        amount,
        line('a'),
        fc.oneof(line('b'), line('a')),
        edges,
        fc.constantFrom(undefined, '', '  ', 'Gerichtsurteil, unabweisbar'),
        fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 6_000_000n })),
        policy,
        (cents, from, to, rules, justification, prior, p) => {
          compare(cents, from, to, rules, justification, prior, p);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('asks for the council exactly from the threshold on, cumulated over split requests', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 1n, max: 800_000n }), { minLength: 1, maxLength: 8 }), (parts) => {
        const from = { ...free('a', 'jb-1'), plannedCents: 100_000_000n };
        const to = { ...free('b', 'jb-2'), plannedCents: 1_000n };
        let prior = 0n;
        for (const part of parts) {
          const result = compare(part, from, to, [], 'unabweisbar', prior, NRW_PRESET);
          expect(result.kind).toBe('overplanned');
          expect(result.kind !== 'refused' && result.councilConsent).toBe(prior + part >= THRESHOLD);
          prior += part;
        }
      }),
      { numRuns: 1000 },
    );
  });
});


describe('classifyReallocation: examples at the boundaries', () => {
  const justification = 'unabweisbar: Gerichtsurteil';
  it('takes exactly the available amount and refuses one cent more, saying how much there is', () => {
    const from = { ...free('a', 'jb-1'), committedCents: 400_000n };
    expect(classifyReallocation({ amountCents: 600_000n, from, to: free('b', 'jb-1'), priorOverspendCents: 0n }, [], NRW_PRESET).kind).toBe('internal');
    expect(classifyReallocation({ amountCents: 600_001n, from, to: free('b', 'jb-1'), priorOverspendCents: 0n }, [], NRW_PRESET)).toEqual({
      kind: 'refused',
      rule: 'insufficient_funds',
      legalBasis: '§ 21 KomHVO NRW',
      availableCents: 600_000n,
    });
  });

  it('needs council consent at exactly the threshold, not one cent below', () => {
    const from = { ...free('a', 'jb-1'), plannedCents: 10_000_000n };
    const below = classifyReallocation({ amountCents: THRESHOLD - 1n, from, to: free('b', 'jb-2'), justification, priorOverspendCents: 0n }, [], NRW_PRESET);
    const at = classifyReallocation({ amountCents: 1n, from, to: free('b', 'jb-2'), justification, priorOverspendCents: THRESHOLD - 1n }, [], NRW_PRESET);
    expect(below).toMatchObject({ kind: 'overplanned', councilConsent: false, legalBasis: '§ 83 GO NRW' });
    expect(at).toMatchObject({ kind: 'overplanned', councilConsent: true, cumulativeCents: THRESHOLD });
  });

  it('refuses against a one-way edge inside one joint budget, and allows along it', () => {
    const rule = [{ fromLineId: 'a', toLineId: 'b', mutual: false }];
    expect(classifyReallocation({ amountCents: 100n, from: free('a', 'jb-1'), to: free('b', 'jb-1'), priorOverspendCents: 0n }, rule, NRW_PRESET).kind).toBe('internal');
    expect(classifyReallocation({ amountCents: 100n, from: free('b', 'jb-1'), to: free('a', 'jb-1'), priorOverspendCents: 0n }, rule, NRW_PRESET)).toMatchObject({
      kind: 'refused',
      rule: 'one_way_edge',
    });
  });

  it('names the blocked line and refuses earmarked funds for another purpose', () => {
    const blocked = { ...free('b', 'jb-1'), blocked: true };
    expect(classifyReallocation({ amountCents: 1n, from: free('a', 'jb-1'), to: blocked, priorOverspendCents: 0n }, [], NRW_PRESET)).toMatchObject({
      rule: 'blocked',
      lineId: 'b',
      legalBasis: '§ 25 KomHVO NRW',
    });
    const grant = { ...free('a', 'jb-1'), earmark: 'Förderprogramm' };
    expect(classifyReallocation({ amountCents: 1n, from: grant, to: free('b', 'jb-1'), priorOverspendCents: 0n }, [], NRW_PRESET)).toMatchObject({ rule: 'earmark' });
    expect(classifyReallocation({ amountCents: 1n, from: grant, to: { ...free('b', 'jb-1'), earmark: 'Förderprogramm' }, priorOverspendCents: 0n }, [], NRW_PRESET).kind).toBe('internal');
  });

  it('classifies a target without plan as außerplanmäßig, covered by additional income', () => {
    const income = { ...free('a', 'jb-1'), kind: 'income' as const, plannedCents: 1_000_000n, spentCents: 1_300_000n };
    const target = { ...free('new', 'jb-1'), plannedCents: 0n };
    expect(classifyReallocation({ amountCents: 300_000n, from: income, to: target, justification, priorOverspendCents: 0n }, [], NRW_PRESET)).toMatchObject({
      kind: 'unplanned',
      cover: 'additional_income',
      tier: { level: 'treasurer', roles: ['treasurer'] },
    });
    expect(classifyReallocation({ amountCents: 300_001n, from: income, to: target, justification, priorOverspendCents: 0n }, [], NRW_PRESET)).toMatchObject({
      rule: 'insufficient_funds',
      availableCents: 300_000n,
    });
    expect(classifyReallocation({ amountCents: 1n, from: income, to: target, priorOverspendCents: 0n }, [], NRW_PRESET)).toMatchObject({ rule: 'justification_required' });
  });
});
