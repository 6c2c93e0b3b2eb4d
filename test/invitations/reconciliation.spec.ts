import { retryDelayMs, isPermanent, DEFAULT_RETRY } from '../../src/invitations/backoff';
import { allExpertBlocks, CalendarError, lintCalendar } from '../../src/invitations/calendar';
import { planReconciliation, type StoredInvitation, withCurrentDetails } from '../../src/invitations/reconciliation';
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
    expect(plan.undeliverable).toEqual([
      { expertKey: 'e3', name: 'Sans Courriel', problem: { code: 'invitations.expertNoAddress', params: { expert: 'Sans Courriel' } } },
    ]);
    for (const message of sent(plan)) {
      expect(lintCalendar(message.calendar)).toEqual([]);
      expect(message.sender).toBe('auditions@example.org');
      expect(message.dedupeKey).toBe(`invitation:${message.uid}:0`);
      expect(message.body.indexOf('Bonjour')).toBeLessThan(message.body.indexOf('Hello'));
      const { method, events } = parse(message.calendar);
      expect([method, events[0].uid, events[0].sequence]).toEqual(['REQUEST', message.uid, 0]);
    }
    // The agenda is in the body, in Paris time, across the March change (01:00 CET, then 03:00 CEST).
    expect(sent(plan)[0].body).toMatch(
      /1\sh\s00\s– 1\sh\s20\s: groupe[^]*1\sh\s30\s– 1\sh\s50\s: pause\n\s+3\sh\s00\s– 3\sh\s20\s: groupe « Groupe Mobilités »/,
    );
    // Each invitation links the expert's answers, page and feed when the service knows them.
    const links = new Map([
      [
        'e1',
        { page: 'https://c.example/x/T', feed: 'https://c.example/cal/x/T.ics', confirm: 'https://c.example/r/T/yes', decline: 'https://c.example/r/T/no' },
      ],
    ]);
    const linked = sent(planReconciliation({ eventId: EVENT, instance, schedule, states: [], now, links }))[0].body;
    for (const line of [
      'Je confirme ma venue : https://c.example/r/T/yes',
      'Je ne pourrai pas venir : https://c.example/r/T/no',
      'https://c.example/x/T',
      'https://c.example/cal/x/T.ics',
      'I confirm I will come: https://c.example/r/T/yes',
    ]) {
      expect(linked).toContain(line);
    }
  });

  it('keeps a block it sent whole when a delay widens a gap in it, and updates it instead of inviting again', () => {
    const first = applied(planReconciliation({ eventId: EVENT, instance, schedule, states: [], now }));
    // Hélène's first block holds r1 (01:00) and r3 (03:00 CEST, 40 minutes later): a 30-minute delay from r3 makes it 70.
    const delayed = dstInstance();
    delayed.rounds = delayed.rounds.map((r) => (r.id === 'r3' ? { ...r, start: '2027-03-28T03:30', end: '2027-03-28T03:50' } : r));
    expect(allExpertBlocks(delayed, schedule).filter((b) => b.expert.id === 'e1')).toHaveLength(3);
    const again = sent(planReconciliation({ eventId: EVENT, instance: delayed, schedule, states: first, now }));
    expect(again.map((m) => [m.subjectKey, m.method, m.reason, m.sequence])).toEqual([['e1', 'REQUEST', 'changed', 1]]);
    expect(again[0].body).toMatch(/désormais 1\sh\s00\s– 3\sh\s50\s\(au lieu de 1\sh\s00\s– 3\sh\s20\)/);
    expect(again[0].body).not.toMatch(/ne vient plus|remplace/);
  });

  it('thanks an expert who declined in each cancellation, and says when no slot is left', () => {
    const first = applied(planReconciliation({ eventId: EVENT, instance, schedule, states: [], now }));
    const without = { ...schedule, meetings: schedule.meetings.filter((m) => m.expert !== 'e1') };
    const cancels = sent(planReconciliation({ eventId: EVENT, instance, schedule: without, states: first, now, declined: new Set(['e1']) }));
    expect(cancels.map((m) => [m.subjectKey, m.method])).toEqual([
      ['e1', 'CANCEL'],
      ['e1', 'CANCEL'],
    ]);
    for (const m of cancels) {
      expect(m.body).toContain('Vous nous avez dit ne pas pouvoir venir : merci de nous avoir prévenus.');
      expect(m.body).toContain('You told us you cannot come: thank you for letting us know.');
      expect(m.body).toContain('Vous n’avez plus de créneau à cet événement.');
    }
    // Without a decline, neither thanks nor « plus de créneau » when one remains.
    const one = { ...schedule, meetings: schedule.meetings.filter((m) => !(m.expert === 'e1' && m.round === 'r4')) };
    const [cancel] = sent(planReconciliation({ eventId: EVENT, instance, schedule: one, states: first, now }));
    expect(cancel.body).not.toContain('merci de nous avoir prévenus');
    expect(cancel.body).toMatch(/Votre autre créneau reste prévu : [a-zé]+ \d+ [a-zéû]+ \d{4}, \d+\sh\s\d\d\s– \d+\sh\s\d\d\./);
    expect(cancel.body).toMatch(/Your other slot still stands: [A-Z][a-z]+ \d+ [A-Z][a-z]+ \d{4}, \d\d:\d\d–\d\d:\d\d\./);
  });

  it('says nothing of a slot already over: no invitation to it, no cancellation of it', () => {
    // 01:30Z on 28 March: Hélène's night block (r1, r3) ended at 01:20Z; her morning one (r4, 08:00Z) is to come.
    const later = new Date(Date.UTC(2027, 2, 28, 1, 30));
    const fresh = sent(planReconciliation({ eventId: EVENT, instance, schedule, states: [], now: later }));
    expect(fresh.filter((m) => m.subjectKey === 'e1').map((m) => new Date(m.start).toISOString())).toEqual(['2027-03-28T08:00:00.000Z']);
    // Her night meetings dropped after they took place: no cancellation for a slot that is over.
    const first = applied(planReconciliation({ eventId: EVENT, instance, schedule, states: [], now }));
    const without = { ...schedule, meetings: schedule.meetings.filter((m) => !(m.expert === 'e1' && (m.round === 'r1' || m.round === 'r3'))) };
    expect(sent(planReconciliation({ eventId: EVENT, instance, schedule: without, states: first, now: later }))).toEqual([]);
    expect(sent(planReconciliation({ eventId: EVENT, instance, schedule: without, states: first, now })).map((m) => m.method)).toEqual(['CANCEL']);
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

  it('when an expert’s address changes, cancels at the old address, then invites the new one with a higher SEQUENCE and a later DTSTAMP', () => {
    const first = applied(planReconciliation({ eventId: EVENT, instance, schedule, states: [], now }));
    const e2 = first.filter((s) => s.expertKey === 'e2');
    const moved = { ...instance, experts: instance.experts.map((e) => (e.id === 'e2' ? { ...e, email: 'marie.dupont@nouvelle.example.org' } : e)) };
    const plan = planReconciliation({ eventId: EVENT, instance: moved, schedule, states: first, now });
    expect(plan.changes.map((c) => c.messages.map((m) => [m.uid, m.method, m.sequence, m.recipient, m.reason]))).toEqual(
      e2.map((b) => [
        [b.uid, 'CANCEL', 1, 'marie.dupont@example.net', 'addressChanged'],
        [b.uid, 'REQUEST', 2, 'marie.dupont@nouvelle.example.org', 'new'],
      ]),
    );
    const [cancel, request] = plan.changes[0].messages;
    expect(new Set([cancel.dedupeKey, request.dedupeKey]).size).toBe(2);
    const invited = sent(planReconciliation({ eventId: EVENT, instance, schedule, states: [], now: new Date(NOW - 60_000) })).find(
      (m) => m.uid === cancel.uid,
    )!;
    expect(lintCalendar(cancel.calendar, { previous: invited.calendar })).toEqual([]);
    expect(lintCalendar(request.calendar, { previous: cancel.calendar })).toEqual([]);
    const attendees = (text: string) => parse(text).events[0].attendees.map((a) => String(a.getFirstValue()).toLowerCase());
    const stamp = (text: string) => String(parse(text).vevents[0].getFirstPropertyValue('dtstamp'));
    expect([parse(cancel.calendar).method, parse(request.calendar).method]).toEqual(['CANCEL', 'REQUEST']);
    expect(stamp(request.calendar) > stamp(cancel.calendar)).toBe(true);
    expect(attendees(cancel.calendar)).toEqual(['mailto:marie.dupont@example.net']);
    expect(attendees(request.calendar)).toEqual(['mailto:marie.dupont@nouvelle.example.org']);
    expect(cancel.subject).toMatch(/^Annulé à cette adresse : /);
    // The new address has never had this invitation: it is one, not an update.
    expect(request.subject).toMatch(/^Invitation : /);
    expect(cancel.body).not.toContain('nouvelle.example.org');
    expect(plan.changes[0].state.sequence).toBe(2);
    // Done once: run again, nothing; a change of case only is not a new address.
    expect(planReconciliation({ eventId: EVENT, instance: moved, schedule, states: applied(plan, first), now }).changes).toEqual([]);
    const shouted = { ...instance, experts: instance.experts.map((e) => (e.id === 'e2' ? { ...e, email: ' Marie.Dupont@Example.net ' } : e)) };
    expect(sent(planReconciliation({ eventId: EVENT, instance: shouted, schedule, states: first, now })).map((m) => m.method)).not.toContain('CANCEL');
  });

  it('when the organizer’s address changes, cancels each UID under its old ORGANIZER and invites again under a new UID', () => {
    const first = applied(planReconciliation({ eventId: EVENT, instance, schedule, states: [], now }));
    const renamed = { ...instance, event: { ...instance.event, organizer: { name: 'Secrétariat', email: 'secretariat@example.org' } } };
    const plan = planReconciliation({ eventId: EVENT, instance: renamed, schedule, states: first, now });
    const messages = sent(plan);
    const cancels = messages.filter((m) => m.method === 'CANCEL');
    const requests = messages.filter((m) => m.method === 'REQUEST');
    expect(cancels.map((m) => m.uid).sort()).toEqual(first.map((s) => s.uid).sort());
    expect(cancels.every((m) => m.reason === 'reorganized' && m.calendar.includes('ORGANIZER:mailto:auditions@example.org'))).toBe(true);
    expect(requests).toHaveLength(first.length);
    for (const r of requests) {
      expect(first.map((s) => s.uid)).not.toContain(r.uid);
      expect([r.reason, r.sequence, r.sender]).toEqual(['new', 0, 'secretariat@example.org']);
      expect(r.calendar).toContain('ORGANIZER;CN=Secrétariat:mailto:secretariat@example.org');
    }
    for (const m of messages) expect(lintCalendar(m.calendar)).toEqual([]);
    // Each old UID is cancelled under the ORGANIZER it was sent with.
    const invited = new Map(
      sent(planReconciliation({ eventId: EVENT, instance, schedule, states: [], now: new Date(NOW - 60_000) })).map((m) => [m.uid, m.calendar]),
    );
    for (const c of cancels) expect(lintCalendar(c.calendar, { previous: invited.get(c.uid) })).toEqual([]);
    const after = applied(plan, first);
    expect(planReconciliation({ eventId: EVENT, instance: renamed, schedule, states: after, now }).changes).toEqual([]);
  });

  it('when an expert’s first block goes, sends her exactly one cancellation, naming that slot', () => {
    const first = applied(planReconciliation({ eventId: EVENT, instance, schedule, states: [], now }));
    const next = { ...schedule, meetings: schedule.meetings.filter((m) => !(m.expert === 'e1' && (m.round === 'r1' || m.round === 'r3'))) };
    const [cancel, ...rest] = sent(planReconciliation({ eventId: EVENT, instance, schedule: next, states: first, now }));
    expect(rest).toEqual([]);
    expect([cancel.subjectKey, cancel.method, cancel.reason]).toEqual(['e1', 'CANCEL', 'cancelled']);
    expect(cancel.subject).toMatch(/^Annulé : .* dimanche 28 mars 2027, 1\sh\s00\s– 3\sh\s20$/);
    expect(cancel.body).toMatch(/Votre autre créneau reste prévu : /);
    expect(cancel.body).toContain('Sunday 28 March 2027, 01:00–03:20');
  });

  it('says in an update what changed: the new times, the group that comes instead', () => {
    const first = applied(planReconciliation({ eventId: EVENT, instance, schedule, states: [], now }));
    const later = { ...instance, rounds: instance.rounds.map((r) => (r.id === 'r4' ? { ...r, start: '2027-03-28T10:25', end: '2027-03-28T10:45' } : r)) };
    const swapped = { ...schedule, meetings: schedule.meetings.map((m) => (m.expert === 'e1' && m.round === 'r4' ? { ...m, group: 'g2' } : m)) };
    const [update] = sent(planReconciliation({ eventId: EVENT, instance: later, schedule: swapped, states: first, now }));
    expect(update.subject).toMatch(/^Mise à jour : /);
    expect(update.body).toMatch(/désormais 10\sh\s25\s– 10\sh\s45 \(au lieu de 10\sh\s00\s– 10\sh\s20\)/);
    expect(update.body).toMatch(/à 10\sh\s25, le groupe « Groupe Mobilités » remplace le groupe « Groupe Énergie »/);
    expect(update.body).toContain('now 10:25–10:45 (instead of 10:00–10:20)');
  });

  it('takes each expert’s address from the event as it is now, and the rest from the version', () => {
    const current = {
      ...instance,
      rounds: [],
      experts: instance.experts
        .filter((e) => e.id !== 'e1')
        .map((e) => (e.id === 'e2' ? { ...e, name: 'Renamed', email: 'new@example.org' } : e.id === 'e4' ? { ...e, email: undefined } : e)),
    };
    const merged = withCurrentDetails(instance, current);
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
