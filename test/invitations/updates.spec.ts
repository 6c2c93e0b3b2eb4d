import {
  allExpertBlocks,
  blockFingerprint,
  cancellation,
  invitation,
  lintCalendar,
  planUpdates,
  type ExpertBlock,
  type InvitationUpdate,
  type SentInvitation,
} from '../../src/invitations/calendar';
import { dstInstance, dstSchedule, NOW, parse } from './fixtures';

const KEY = 'conv-nantes-2027';
const instance = dstInstance();

/** What the service would store after sending `updates`. */
function remember(sent: Map<string, SentInvitation>, updates: InvitationUpdate[]): Map<string, SentInvitation> {
  const next = new Map(sent);
  for (const u of updates) {
    next.set(
      u.uid,
      u.action === 'request'
        ? { sequence: u.sequence, fingerprint: u.fingerprint, block: u.block }
        : { ...sent.get(u.uid)!, sequence: u.sequence, cancelled: true },
    );
  }
  return next;
}

const first = planUpdates(new Map(), allExpertBlocks(instance, dstSchedule()), KEY);
const published = remember(new Map(), first);

describe('planUpdates', () => {
  it('invites every block at SEQUENCE 0 the first time', () => {
    expect(first.map((u) => [u.action, u.uid, u.sequence, u.action === 'request' && u.reason])).toEqual([
      ['request', `carrousel-${KEY}-e1-1@carrousel.invalid`, 0, 'new'],
      ['request', `carrousel-${KEY}-e1-2@carrousel.invalid`, 0, 'new'],
      ['request', `carrousel-${KEY}-e2-1@carrousel.invalid`, 0, 'new'],
      ['request', `carrousel-${KEY}-e2-2@carrousel.invalid`, 0, 'new'],
      ['request', `carrousel-${KEY}-e2-3@carrousel.invalid`, 0, 'new'],
      ['request', `carrousel-${KEY}-e3-1@carrousel.invalid`, 0, 'new'],
    ]);
  });

  it('sends nothing when the same plan is published again', () => {
    expect(planUpdates(published, allExpertBlocks(instance, dstSchedule()), KEY)).toEqual([]);
  });

  it('sends a REQUEST with the same UID and SEQUENCE+1 when a block changes table, and nothing to the others', () => {
    const s = dstSchedule();
    s.meetings = s.meetings.map((m) => (m.expert === 'e1' && m.round === 'r4' ? { ...m, table: 't3' } : m));
    const updates = planUpdates(published, allExpertBlocks(instance, s), KEY);
    expect(updates).toHaveLength(1);
    const [u] = updates;
    if (u.action !== 'request') throw new Error('expected a request');
    expect([u.uid, u.sequence, u.reason, u.block.table.id]).toEqual([`carrousel-${KEY}-e1-2@carrousel.invalid`, 1, 'changed', 't3']);
    const text = invitation({ event: instance.event, block: u.block, uid: u.uid, sequence: u.sequence, now: NOW });
    expect(lintCalendar(text)).toEqual([]);
    const ev = parse(text).events[0];
    expect([ev.uid, ev.sequence, ev.location]).toEqual([u.uid, 1, 'Salle 3 — Hôtel de Métropole, Nantes']);
  });

  it('notices a different group in a round, even under the same name', () => {
    const s = dstSchedule();
    s.meetings = s.meetings.map((m) => (m.expert === 'e1' && m.round === 'r4' ? { ...m, group: 'g2' } : m));
    const updates = planUpdates(published, allExpertBlocks(instance, s), KEY);
    expect(updates.map((u) => [u.uid, u.sequence])).toEqual([[`carrousel-${KEY}-e1-2@carrousel.invalid`, 1]]);
  });

  it('sends a CANCEL with SEQUENCE+1 for a block that is gone', () => {
    const s = dstSchedule();
    s.meetings = s.meetings.filter((m) => !(m.expert === 'e1' && m.round === 'r4'));
    const updates = planUpdates(published, allExpertBlocks(instance, s), KEY);
    expect(updates).toEqual([
      {
        action: 'cancel',
        uid: `carrousel-${KEY}-e1-2@carrousel.invalid`,
        sequence: 1,
        expertId: 'e1',
        previous: published.get(`carrousel-${KEY}-e1-2@carrousel.invalid`)!.block,
      },
    ]);
    const text = cancellation({ event: instance.event, expert: instance.experts[0], uid: updates[0].uid, sequence: updates[0].sequence, now: NOW });
    expect(lintCalendar(text)).toEqual([]);
    const { method, events } = parse(text);
    expect([method, events[0].uid, events[0].sequence]).toEqual(['CANCEL', updates[0].uid, 1]);
  });

  it('does not cancel twice, and invites again (SEQUENCE+1) a block that comes back', () => {
    const s = dstSchedule();
    s.meetings = s.meetings.filter((m) => m.expert !== 'e3');
    const cancelled = remember(published, planUpdates(published, allExpertBlocks(instance, s), KEY));
    expect(cancelled.get(`carrousel-${KEY}-e3-1@carrousel.invalid`)).toMatchObject({ sequence: 1, cancelled: true });
    expect(planUpdates(cancelled, allExpertBlocks(instance, s), KEY)).toEqual([]);
    const back = planUpdates(cancelled, allExpertBlocks(instance, dstSchedule()), KEY);
    expect(back.map((u) => [u.action, u.uid, u.sequence, u.action === 'request' && u.reason])).toEqual([
      ['request', `carrousel-${KEY}-e3-1@carrousel.invalid`, 2, 'restored'],
    ]);
  });

  it("leaves other events' UIDs alone", () => {
    const block = published.values().next().value!.block;
    const withForeign = new Map(published)
      .set('carrousel-other-event-e1-1@carrousel.invalid', { sequence: 4, fingerprint: 'x', block })
      .set('random@elsewhere', { sequence: 0, fingerprint: 'y', block });
    expect(planUpdates(withForeign, allExpertBlocks(instance, dstSchedule()), KEY)).toEqual([]);
  });

  it('knows a block by its content: when an expert’s first block goes, only that one is cancelled, and the next keeps its UID', () => {
    const s = dstSchedule();
    s.meetings = s.meetings.filter((m) => !(m.expert === 'e1' && (m.round === 'r1' || m.round === 'r3')));
    const updates = planUpdates(published, allExpertBlocks(instance, s), KEY);
    expect(updates.map((u) => [u.action, u.uid, u.sequence])).toEqual([['cancel', `carrousel-${KEY}-e1-1@carrousel.invalid`, 1]]);
    const [u] = updates;
    if (u.action !== 'cancel') throw new Error('expected a cancel');
    expect(u.previous.rounds.map((r) => r.roundId)).toEqual(['r1', 'r2', 'r3']);
  });

  it('keeps the UID of a block that moves in time (a delay) and of a block whose first round goes', () => {
    const later = dstInstance();
    later.rounds = later.rounds.map((r) => (r.id === 'r4' ? { ...r, start: '2027-03-28T10:25', end: '2027-03-28T10:45' } : r));
    const moved = planUpdates(published, allExpertBlocks(later, dstSchedule()), KEY);
    expect(moved.map((u) => [u.action, u.uid, u.sequence, u.action === 'request' && u.reason])).toEqual([
      ['request', `carrousel-${KEY}-e1-2@carrousel.invalid`, 1, 'changed'],
    ]);
    const s = dstSchedule();
    s.meetings = s.meetings.filter((m) => !(m.expert === 'e1' && m.round === 'r1'));
    expect(planUpdates(published, allExpertBlocks(instance, s), KEY).map((u) => [u.action, u.uid])).toEqual([
      ['request', `carrousel-${KEY}-e1-1@carrousel.invalid`],
    ]);
  });

  it('gives a new block a UID never used before, even after a cancellation', () => {
    const s = dstSchedule();
    s.meetings = s.meetings.filter((m) => !(m.expert === 'e2' && m.round === 'r7'));
    const cancelled = remember(published, planUpdates(published, allExpertBlocks(instance, s), KEY));
    const extra = dstSchedule();
    extra.meetings = [...s.meetings, { round: 'r2', table: 't3', expert: 'e2', group: 'g2' }];
    const updates = planUpdates(cancelled, allExpertBlocks(instance, extra), KEY);
    expect(updates.map((u) => [u.action, u.uid, u.sequence])).toEqual([['request', `carrousel-${KEY}-e2-4@carrousel.invalid`, 0]]);
  });

  it('fingerprints what the expert reads, not object identity', () => {
    const [a] = allExpertBlocks(instance, dstSchedule());
    const copy: ExpertBlock = JSON.parse(JSON.stringify(a));
    expect(blockFingerprint(copy)).toBe(blockFingerprint(a));
    expect(blockFingerprint({ ...copy, end: copy.end + 60_000 })).not.toBe(blockFingerprint(a));
    expect(blockFingerprint({ ...copy, table: { ...copy.table, location: 'https://autre.example.org' } })).not.toBe(blockFingerprint(a));
  });
});
