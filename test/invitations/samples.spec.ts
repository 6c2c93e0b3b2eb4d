/** Every invitation and feed made from the samples (planned here) is clean and reads back. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InstanceFile } from '../../src/engine';
import { planInstance } from '../../src/engine';
import { allExpertBlocks, blockUid, feed, groupItinerary, invitation, lintCalendar } from '../../src/invitations/calendar';
import { NOW, parse } from './fixtures';

describe.each(['nantes-1.json', 'dst-1.json'])('sample %s', (file) => {
  const instance = JSON.parse(readFileSync(join(__dirname, '../../samples', file), 'utf8')) as InstanceFile;
  // By iterations, not by the clock: the same grid on any machine, in 0.1 s instead of a 3 s search.
  const result = planInstance(instance, { seed: 1, maxIterations: 20_000 });
  if (result.status !== 'solved') throw new Error(`${file} did not plan`);

  it('gives every block a clean invitation that ical.js reads back', () => {
    const blocks = allExpertBlocks(instance, result.schedule);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      const uid = blockUid('sample', block.expert.id, block.ordinal);
      const text = invitation({ event: instance.event, block, uid, sequence: 0, now: NOW });
      expect(lintCalendar(text)).toEqual([]);
      const ev = parse(text).events[0];
      expect([ev.uid, ev.startDate.toJSDate().getTime(), ev.endDate.toJSDate().getTime()]).toEqual([uid, block.start, block.end]);
    }
  });

  it('gives every group a clean feed', () => {
    for (const g of instance.groups) {
      const text = feed({ kind: 'group', event: instance.event, eventKey: 'sample', itinerary: groupItinerary(instance, result.schedule, g.id), now: NOW });
      const meetings = result.schedule.meetings.filter((m) => m.group === g.id).length;
      expect(parse(text).events).toHaveLength(meetings);
      if (meetings) expect(lintCalendar(text)).toEqual([]);
    }
  });
});
