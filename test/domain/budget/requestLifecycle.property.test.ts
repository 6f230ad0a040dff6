import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availableCents, authorisedCents } from '../../../src/domain/budget/lines';
import type { DeciderRole } from '../../../src/domain/budget/policy';
import { applyPostings } from '../../../src/domain/budget/postings';
import { freeLine } from './lineFixture';
import { transition, type Actor, type RequestEvent, type RequestState } from '../../../src/domain/budget/requestLifecycle';

const PEOPLE = ['p0', 'p1', 'p2', 'p3', 'p4'];
const ROLE_SETS: Record<string, DeciderRole[]> = { p0: [], p1: ['team_lead'], p2: ['approver'], p3: ['treasurer'], p4: ['team_lead', 'treasurer'] };

function actor(personId: string): Actor {
  return { personId, roles: new Set(ROLE_SETS[personId]), committee: personId === 'p3' };
}


const request = fc.record({
  from: fc.integer({ min: 0, max: 3 }),
  to: fc.integer({ min: 0, max: 3 }),
  amount: fc.bigInt({ min: 1n, max: 600n }),
  requester: fc.constantFrom(...PEOPLE),
  roles: fc.subarray<DeciderRole>(['team_lead', 'approver', 'treasurer'], { minLength: 1 }),
  approvalsNeeded: fc.integer({ min: 1, max: 3 }),
  council: fc.boolean(),
});

const event = fc.record({
  request: fc.nat(),
  person: fc.constantFrom(...PEOPLE),
  type: fc.constantFrom('approve', 'approve', 'approve', 'reject', 'ask', 'answer', 'withdraw', 'council_consent', 'expire'),
  text: fc.constantFrom('', 'Bitte Angebot beilegen'),
});

function toEvent(type: string, person: string, text: string): RequestEvent {
  switch (type) {
    case 'reject':
      return { type, actor: actor(person), comment: text };
    case 'ask':
      return { type, actor: actor(person), question: text };
    case 'expire':
      return { type };
    default:
      return { type: type as 'approve' | 'answer' | 'withdraw' | 'council_consent', actor: actor(person) };
  }
}

describe('reallocation requests decided in any order', () => {
  it('conserve the budget, keep every line at or above zero, apply each request at most once and never break four-eyes', () => {
    fc.assert(
      fc.property(fc.array(request, { minLength: 1, maxLength: 12 }), fc.array(event, { maxLength: 80 }), (requests, events) => {
        let lines = [freeLine('l0', 'jb', 1000n), freeLine('l1', 'jb', 500n), freeLine('l2', 'jb', 0n), freeLine('l3', 'jb', 250n)];
        const total = lines.reduce((sum, l) => sum + authorisedCents(l), 0n);
        const states: RequestState[] = requests.map((r) => ({
          status: r.council ? 'awaiting_council' : 'pending',
          requesterId: r.requester,
          roles: r.roles,
          approvalsNeeded: r.approvalsNeeded,
          approvals: [],
        }));
        const applied = requests.map(() => 0);
        for (const e of events) {
          const i = e.request % requests.length;
          const r = requests[i]!;
          const result = transition(states[i]!, toEvent(e.type, e.person, e.text));
          if (!result.ok) continue;
          if (result.apply) {
            if (r.from === r.to) continue;
            const posted = applyPostings(lines[r.from]!, lines[r.to]!, r.amount);
            if (!posted.ok) continue; // the source was used by an earlier approval: the request stays open
            lines = lines.map((l, k) => (k === r.from ? posted.from : k === r.to ? posted.to : l));
            applied[i]! += 1;
          }
          states[i] = result.state;
        }
        expect(lines.reduce((sum, l) => sum + authorisedCents(l), 0n)).toBe(total);
        for (const l of lines) expect(availableCents(l)).toBeGreaterThanOrEqual(0n);
        states.forEach((s, i) => {
          expect(applied[i]).toBe(s.status === 'approved' ? 1 : 0);
          expect(s.approvals).not.toContain(s.requesterId);
          expect(new Set(s.approvals).size).toBe(s.approvals.length);
          if (s.status === 'approved') expect(s.approvals.length).toBe(s.approvalsNeeded);
          for (const approver of s.approvals) expect(s.roles.some((role) => ROLE_SETS[approver]!.includes(role))).toBe(true);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('answers a second decision with "already decided"', () => {
    const state: RequestState = { status: 'pending', requesterId: 'p0', roles: ['team_lead'], approvalsNeeded: 1, approvals: [] };
    const first = transition(state, { type: 'approve', actor: actor('p1') });
    expect(first).toMatchObject({ ok: true, apply: true, state: { status: 'approved', approvals: ['p1'] } });
    if (!first.ok) return;
    expect(transition(first.state, { type: 'approve', actor: actor('p4') })).toEqual({ ok: false, refusal: 'already_decided' });
    expect(transition(first.state, { type: 'reject', actor: actor('p4'), comment: 'zu spät' })).toEqual({ ok: false, refusal: 'already_decided' });
  });

  it('needs distinct approvers where two are needed, never the requester', () => {
    const state: RequestState = { status: 'pending', requesterId: 'p1', roles: ['team_lead', 'treasurer'], approvalsNeeded: 2, approvals: [] };
    expect(transition(state, { type: 'approve', actor: actor('p1') })).toEqual({ ok: false, refusal: 'own_request' });
    const once = transition(state, { type: 'approve', actor: actor('p4') });
    expect(once).toMatchObject({ ok: true, apply: false, state: { status: 'pending', approvals: ['p4'] } });
    if (!once.ok) return;
    expect(transition(once.state, { type: 'approve', actor: actor('p4') })).toEqual({ ok: false, refusal: 'already_approved' });
    expect(transition(once.state, { type: 'approve', actor: actor('p2') })).toEqual({ ok: false, refusal: 'not_authorised' });
    expect(transition(once.state, { type: 'approve', actor: actor('p3') })).toMatchObject({ ok: true, apply: true, state: { status: 'approved' } });
  });

  it('requires a comment to reject and a question to ask back; the requester answers and it returns to the approvers', () => {
    const state: RequestState = { status: 'pending', requesterId: 'p0', roles: ['treasurer'], approvalsNeeded: 1, approvals: [] };
    expect(transition(state, { type: 'reject', actor: actor('p3'), comment: ' ' })).toEqual({ ok: false, refusal: 'comment_required' });
    const asked = transition(state, { type: 'ask', actor: actor('p3'), question: 'Welches Angebot?' });
    expect(asked).toMatchObject({ ok: true, state: { status: 'info_requested' } });
    if (!asked.ok) return;
    expect(transition(asked.state, { type: 'answer', actor: actor('p3') })).toEqual({ ok: false, refusal: 'not_requester' });
    expect(transition(asked.state, { type: 'answer', actor: actor('p0') })).toMatchObject({ ok: true, state: { status: 'pending' } });
  });

  it('waits for the council before anyone may approve', () => {
    const state: RequestState = { status: 'awaiting_council', requesterId: 'p0', roles: ['treasurer'], approvalsNeeded: 1, approvals: [] };
    expect(transition(state, { type: 'approve', actor: actor('p4') })).toEqual({ ok: false, refusal: 'awaiting_council' });
    expect(transition(state, { type: 'council_consent', actor: actor('p1') })).toEqual({ ok: false, refusal: 'not_committee' });
    expect(transition(state, { type: 'council_consent', actor: actor('p3') })).toMatchObject({ ok: true, state: { status: 'pending' } });
  });
});
