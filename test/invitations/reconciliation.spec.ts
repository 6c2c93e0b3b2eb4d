import { retryDelayMs, isPermanent, DEFAULT_RETRY } from '../../src/invitations/backoff';
import { allExpertBlocks, CalendarError, lintCalendar } from '../../src/invitations/calendar';
import { planReconciliation, type StoredInvitation, withCurrentAddresses } from '../../src/invitations/reconciliation';
import { dstInstance, dstSchedule, NOW, parse } from './fixtures';

const EVENT = '5b0c3f5e-8d1e-4c53-9a57-0f8e3e4b2a11';
const now = new Date(NOW);

const sent = (plan: ReturnType<typeof planReconciliation>) => plan.changes.flatMap((c) => c.messages);

function applied(plan: ReturnType<typeof planReconciliation>, before: StoredInvitation[] = []): StoredInvitation[] {
  const by = new Map(before.map((s) => [s.uid, s]));
  for (const c of plan.changes) by.set(c.state.uid, c.state);
  return [...by.values()];
}

describe('reconciliation (what to send for the version in force)', () => {
  const instance = dstInstance();
  const schedule = dstSchedule();

  it('invites every reachable expert once per block, and records the one without an address as not deliverable', () => {
    const plan = planReconciliation({ eventId: EVENT, instance, schedule, states: [], now });
    const blocks = allExpertBlocks(instance, schedule).filter((b) => b.expert.id !== 'e3');
    expect(sent(plan).map((m) => [m.subjectKey, m.method, m.sequence, m.reason])).toEqual(blocks.map((b) => [b.expert.id, 'REQUEST', 0, 'new']));
    expect(plan.undeliverable).toEqual([{ expertKey: 'e3', name: 'Sans Courriel', problem: expect.stringMatching(/e3.*no usable e-mail/) }]);
    for (const message of sent(plan)) {
      expect(lintCalendar(message.calendar)).toEqual([]);
      expect(message.sender).toBe('auditions@example.org');
      expect(message.dedupeKey).toBe(`invitation:${message.uid}:0`);
      expect(message.body.indexOf('Bonjour')).toBeLessThan(message.body.indexOf('Hello'));
      const { method, events } = parse(message.calendar);
      expect([method, events[0].uid, events[0].sequence]).toEqual(['REQUEST', message.uid, 0]);
    }
    // The agenda is in the body, in Paris time, across the March change (01:00 CET, then 03:00 CEST).
    expect(sent(plan)[0].body).toMatch(/1 h 00 – 1 h 20 : groupe[^]*1 h 30 – 1 h 50 : pause\n3 h 00 – 3 h 20 : groupe « Groupe Mobilités »/);
  });

  it('sends nothing when run again, and only to the expert whose block changed', () => {
    const first = applied(planReconciliation({ eventId: EVENT, instance, schedule, states: [], now }));
    expect(planReconciliation({ eventId: EVENT, instance, schedule, states: first, now }).changes).toEqual([]);
    // e1 loses its r3 meeting: its first block (r1–r3) now ends after r1; its second block (r4) is unchanged.
    const next = { ...schedule, meetings: schedule.meetings.filter((m) => !(m.expert === 'e1' && m.round === 'r3')) };
    const plan = planReconciliation({ eventId: EVENT, instance, schedule: next, states: first, now });
    const changed = sent(plan);
    expect(changed.map((m) => [m.subjectKey, m.method, m.sequence, m.reason])).toEqual([['e1', 'REQUEST', 1, 'changed']]);
    expect(changed[0].uid).toBe(first.find((s) => s.expertKey === 'e1' && s.block.ordinal === 1)!.uid);
    expect(changed[0].subject).toMatch(/^Mise à jour : /);
    expect(parse(changed[0].calendar).events[0].endDate.toJSDate().toISOString()).toBe('2027-03-28T00:20:00.000Z');
  });

  it('cancels a block that vanished, to the address it was sent to, then invites it again if it comes back', () => {
    const first = applied(planReconciliation({ eventId: EVENT, instance, schedule, states: [], now }));
    const without = { ...schedule, meetings: schedule.meetings.filter((m) => m.expert !== 'e2') };
    const plan = planReconciliation({ eventId: EVENT, instance, schedule: without, states: first, now });
    const e2Blocks = first.filter((s) => s.expertKey === 'e2');
    expect(e2Blocks.length).toBeGreaterThan(1);
    expect(plan.changes.map((c) => [c.messages[0].uid, c.messages[0].method, c.messages[0].sequence, c.messages[0].recipient, c.state.cancelled])).toEqual(
      e2Blocks.map((b) => [b.uid, 'CANCEL', 1, 'marie.dupont@example.net', true]),
    );
    const cancel = sent(plan)[0];
    expect(lintCalendar(cancel.calendar)).toEqual([]);
    expect(cancel.calendar).toContain('STATUS:CANCELLED');
    const afterCancel = applied(plan, first);
    expect(planReconciliation({ eventId: EVENT, instance, schedule: without, states: afterCancel, now }).changes).toEqual([]);
    const back = sent(planReconciliation({ eventId: EVENT, instance, schedule, states: afterCancel, now }));
    expect(back.map((m) => [m.uid, m.method, m.sequence, m.reason])).toEqual(e2Blocks.map((b) => [b.uid, 'REQUEST', 2, 'restored']));
  });

  it('when an expert’s address changes, cancels at the old address and invites at the new one, under the same UID', () => {
    const first = applied(planReconciliation({ eventId: EVENT, instance, schedule, states: [], now }));
    const e2 = first.filter((s) => s.expertKey === 'e2');
    const moved = { ...instance, experts: instance.experts.map((e) => (e.id === 'e2' ? { ...e, email: 'marie.dupont@nouvelle.example.org' } : e)) };
    const plan = planReconciliation({ eventId: EVENT, instance: moved, schedule, states: first, now });
    expect(plan.changes.map((c) => c.messages.map((m) => [m.uid, m.method, m.sequence, m.recipient, m.reason]))).toEqual(e2.map((b) => [
      [b.uid, 'CANCEL', 1, 'marie.dupont@example.net', 'addressChanged'],
      [b.uid, 'REQUEST', 1, 'marie.dupont@nouvelle.example.org', 'changed'],
    ]));
    const [cancel, request] = plan.changes[0].messages;
    expect(new Set([cancel.dedupeKey, request.dedupeKey]).size).toBe(2);
    expect(lintCalendar(cancel.calendar)).toEqual([]);
    const attendees = (text: string) => parse(text).events[0].attendees.map((a) => String(a.getFirstValue()).toLowerCase());
    expect([parse(cancel.calendar).method, parse(request.calendar).method]).toEqual(['CANCEL', 'REQUEST']);
    expect(attendees(cancel.calendar)).toEqual(['mailto:marie.dupont@example.net']);
    expect(attendees(request.calendar)).toEqual(['mailto:marie.dupont@nouvelle.example.org']);
    expect(cancel.subject).toMatch(/^Annulé à cette adresse : /);
    expect(cancel.body).not.toContain('nouvelle.example.org');
    // Done once: run again, nothing; a change of case only is not a new address.
    expect(planReconciliation({ eventId: EVENT, instance: moved, schedule, states: applied(plan, first), now }).changes).toEqual([]);
    const shouted = { ...instance, experts: instance.experts.map((e) => (e.id === 'e2' ? { ...e, email: ' Marie.Dupont@Example.net ' } : e)) };
    expect(sent(planReconciliation({ eventId: EVENT, instance: shouted, schedule, states: first, now })).map((m) => m.method)).not.toContain('CANCEL');
  });

  it('takes each expert’s address from the event as it is now, and the rest from the version', () => {
    const current = {
      ...instance,
      rounds: [],
      experts: instance.experts
        .filter((e) => e.id !== 'e1')
        .map((e) => (e.id === 'e2' ? { ...e, name: 'Renamed', email: 'new@example.org' } : e.id === 'e4' ? { ...e, email: undefined } : e)),
    };
    const merged = withCurrentAddresses(instance, current);
    expect(merged.rounds).toEqual(instance.rounds);
    const byId = new Map(merged.experts.map((e) => [e.id, e]));
    const original = new Map(instance.experts.map((e) => [e.id, e]));
    expect(byId.get('e1')).toEqual(original.get('e1'));
    expect(byId.get('e2')).toEqual({ ...original.get('e2'), email: 'new@example.org' });
    expect(byId.get('e4')).not.toHaveProperty('email');
    expect(merged.experts.map((e) => e.id)).toEqual(instance.experts.map((e) => e.id));
  });

  it('refuses to make invitations without an organizer address', () => {
    const noOrganizer = { ...instance, event: { ...instance.event, organizer: undefined } };
    expect(() => planReconciliation({ eventId: EVENT, instance: noOrganizer, schedule, states: [], now })).toThrow(CalendarError);
  });
});

describe('retry back-off', () => {
  it('doubles from the base up to the cap, and gives up at once on a permanent refusal', () => {
    const policy = { ...DEFAULT_RETRY, baseMs: 5000, capMs: 60_000 };
    expect([1, 2, 3, 4, 5, 6].map((n) => retryDelayMs(n, policy))).toEqual([5000, 10_000, 20_000, 40_000, 60_000, 60_000]);
    expect([isPermanent({ responseCode: 550 }), isPermanent({ responseCode: 451 }), isPermanent({})]).toEqual([true, false, false]);
  });
});
