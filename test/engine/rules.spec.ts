import type { InstanceFile, MeetingFile } from '../../src/engine/format';
import type { Violation } from '../../src/engine/model';
import { checkExpertRule, checkGroupRule, checkOnceRule, checkPinRule, checkReplanRule, checkRules, checkTableRule } from '../../src/engine/rules';
import { ENGINE_MESSAGES, inEnglish, type Message, wordIn } from '../../src/engine/messages';
import { M, indexed, problemOf, swap, tinyInstance, tinyMeetings } from './tiny';

const inFrench = (said: Message): string => wordIn(ENGINE_MESSAGES, said, 'fr');

function violations(meetings: MeetingFile[], mutate: (i: InstanceFile) => void = () => {}): Violation[] {
  const instance = tinyInstance();
  mutate(instance);
  const problem = problemOf(instance);
  return checkRules(problem, indexed(problem, meetings));
}

/**
 * Exactly one rule is broken, and one of its messages says `message` (and `fr`, in French, when
 * given). Every violation also says it in French, naming the same objects.
 */
function expectOnly(found: Violation[], rule: Violation['rule'], message: string, fr?: string): void {
  expect([...new Set(found.map((v) => v.rule))]).toEqual([rule]);
  expect(found.map((v) => inEnglish(v.said))).toContain(message);
  if (fr) expect(found.map((v) => inFrench(v.said))).toContain(fr);
  for (const v of found) {
    const names = [...inEnglish(v.said).matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    expect([...inFrench(v.said).matchAll(/« ([^»]+) »/g)].map((m) => m[1])).toEqual(names);
    expect(inFrench(v.said)).not.toMatch(/\b(group|round|meets|more than|which)\b/);
    // Names, not ids: an organizer never reads "e1" or "r2".
    expect(JSON.stringify(v.said.params)).not.toMatch(/"[egr]\d"/);
  }
}

const withExpertE4 = (i: InstanceFile): void => void i.experts.push({ id: 'e4', name: 'Jean Petit' });

describe('hard rules on the tiny schedule', () => {
  it('finds nothing wrong with the valid schedule', () => {
    const problem = problemOf();
    const meetings = indexed(problem, tinyMeetings());
    for (const rule of [checkGroupRule, checkExpertRule, checkOnceRule, checkTableRule, checkPinRule, checkReplanRule]) {
      expect(rule(problem, meetings)).toEqual([]);
    }
    expect(checkRules(problem, meetings)).toEqual([]);
  });

  it('finds nothing wrong with no meeting but the pin', () => {
    expect(violations([M('r1', 't2', 'e2', 'g1')])).toEqual([]);
  });
});

describe('H1: groups', () => {
  it('a group in two meetings in one round', () => {
    const found = violations([...tinyMeetings(), M('r2', 't1', 'e4', 'g1')], withExpertE4);
    expectOnly(
      found,
      'H1',
      '"Santé" is in 2 meetings in the round of Fri 22 Jan at 18:25',
      '« Santé » a 2 rencontres au tour du ven. 22 janv. à 18\u00a0h\u00a025',
    );
  });

  it('a group outside its rounds', () => {
    const found = violations(tinyMeetings(), (i) => (i.groups[2].rounds = ['r1', 'r2', 'r3']));
    expectOnly(found, 'H1', '"Mobilités" meets in the round of Fri 22 Jan at 19:15, which is not one of its rounds');
    expect(found).toHaveLength(1);
  });

  it('a group over its maxMeetings', () => {
    const found = violations(tinyMeetings(), (i) => (i.groups[0].maxMeetings = 2));
    expectOnly(found, 'H1', '"Santé" has 3 meetings, more than its maximum of 2');
  });
});

describe('H2: experts', () => {
  it('an expert with more groups in a round than maxGroupsPerRound', () => {
    const bigger = (i: InstanceFile): void => void (i.tables[2].seats = 8);
    const meetings = [...tinyMeetings(), M('r2', 't3', 'e3', 'g2')];
    expectOnly(violations(meetings, bigger), 'H2', '"Awa Diallo" meets 2 groups in the round of Fri 22 Jan at 18:25, more than their maximum of 1 per round');
    expect(violations(meetings, (i) => (bigger(i), (i.experts[2].maxGroupsPerRound = 2)))).toEqual([]);
  });

  it('an expert outside its rounds', () => {
    const found = violations(tinyMeetings(), (i) => (i.experts[1].rounds = ['r2']));
    expectOnly(found, 'H2', '"Paul Durand" meets in the round of Fri 22 Jan at 18:00, which is not one of their rounds');
  });

  it('an expert over its maxMeetings', () => {
    const found = violations(tinyMeetings(), (i) => (i.experts[0].maxMeetings = 2));
    expectOnly(found, 'H2', '"Hélène Martin" has 3 meetings, more than their maximum of 2');
  });

  it('an expert over maxConsecutive, counting adjacency in the rounds list', () => {
    const found = violations(tinyMeetings(), (i) => (i.experts[2].maxConsecutive = 1));
    expectOnly(
      found,
      'H2',
      '"Awa Diallo" meets in 2 rounds in a row (Fri 22 Jan at 18:25 to Fri 22 Jan at 18:50), more than their maximum of 1 before a pause',
    );
    // e1 meets in r1, r3, r4: r2 breaks the run, so the longest is r3–r4.
    expect(violations(tinyMeetings(), (i) => (i.experts[0].maxConsecutive = 2))).toEqual([]);
    expectOnly(
      violations(tinyMeetings(), (i) => (i.experts[0].maxConsecutive = 1)),
      'H2',
      '"Hélène Martin" meets in 2 rounds in a row (Fri 22 Jan at 18:50 to Fri 22 Jan at 19:15), more than their maximum of 1 before a pause',
    );
  });

  it('ends a run at a night, and at any gap of pauseMinutes or more (format 1.1)', () => {
    const night = (i: InstanceFile) => {
      i.rounds[3] = { id: 'r4', start: '2021-01-23T09:00', end: '2021-01-23T09:20' };
      i.experts[0].maxConsecutive = 1;
    };
    expect(violations(tinyMeetings(), night)).toEqual([]);
    // r3 ends 19:10; r4 moved to start 19:39 (a gap of 29 minutes) or 19:40 (exactly 30: a pause).
    const gap = (start: string, end: string) => (i: InstanceFile) => {
      i.rounds[3] = { id: 'r4', start, end };
      i.experts[0].maxConsecutive = 1;
    };
    expectOnly(
      violations(tinyMeetings(), gap('2021-01-22T19:39', '2021-01-22T19:59')),
      'H2',
      '"Hélène Martin" meets in 2 rounds in a row (Fri 22 Jan at 18:50 to Fri 22 Jan at 19:39), more than their maximum of 1 before a pause',
    );
    expect(violations(tinyMeetings(), gap('2021-01-22T19:40', '2021-01-22T20:00'))).toEqual([]);
    // A pause of 5 minutes makes the 5-minute changes pauses; 0 makes every gap one.
    const e3Tight = (pauseMinutes: number) => (i: InstanceFile) => {
      i.experts[2].maxConsecutive = 1;
      i.options = { pauseMinutes };
    };
    expect(violations(tinyMeetings(), e3Tight(5))).toEqual([]);
    expect(violations(tinyMeetings(), e3Tight(0))).toEqual([]);
    expectOnly(
      violations(tinyMeetings(), e3Tight(6)),
      'H2',
      '"Awa Diallo" meets in 2 rounds in a row (Fri 22 Jan at 18:25 to Fri 22 Jan at 18:50), more than their maximum of 1 before a pause',
    );
  });

  it('measures the gap between instants: 01:50 to 03:00 on the spring-forward night is ten minutes', () => {
    const found = violations(tinyMeetings(), (i) => {
      i.rounds[2] = { id: 'r3', start: '2021-03-28T01:30', end: '2021-03-28T01:50' };
      i.rounds[3] = { id: 'r4', start: '2021-03-28T03:00', end: '2021-03-28T03:20' };
      i.rounds[0] = { id: 'r1', start: '2021-03-27T18:00', end: '2021-03-27T18:20' };
      i.rounds[1] = { id: 'r2', start: '2021-03-27T18:25', end: '2021-03-27T18:45' };
      i.experts[0].maxConsecutive = 1;
    });
    expectOnly(
      found,
      'H2',
      '"Hélène Martin" meets in 2 rounds in a row (Sun 28 Mar at 01:30 to Sun 28 Mar at 03:00), more than their maximum of 1 before a pause',
    );
  });
});

describe('H3: once', () => {
  it('a group meets the same expert twice', () => {
    const meetings = swap(tinyMeetings(), M('r4', 't1', 'e1', 'g3'), M('r4', 't1', 'e1', 'g1'));
    expectOnly(violations(meetings), 'H3', '"Santé" meets "Hélène Martin" 2 times (rounds of Fri 22 Jan at 18:50 and Fri 22 Jan at 19:15)');
  });
});

describe('H4: tables', () => {
  it('an expert at two tables', () => {
    const meetings = swap(tinyMeetings(), M('r1', 't1', 'e1', 'g2'), M('r1', 't3', 'e1', 'g2'));
    expectOnly(violations(meetings), 'H4', '"Hélène Martin" sits at 2 tables (t3 and Salle 1), not one');
  });

  it('an expert away from its fixed table', () => {
    let meetings = swap(tinyMeetings(), M('r2', 't3', 'e3', 'g1'), M('r2', 't2', 'e3', 'g1'));
    meetings = swap(meetings, M('r3', 't3', 'e3', 'g3'), M('r3', 't2', 'e3', 'g3'));
    const found = violations(meetings);
    expectOnly(found, 'H4', '"Awa Diallo" meets at "Salle 2" but their fixed table is "t3"');
    expect(found).toHaveLength(1);
  });

  it('two experts at one table in one round', () => {
    const meetings = swap(tinyMeetings(), M('r1', 't2', 'e2', 'g1'), M('r1', 't1', 'e2', 'g1'));
    expectOnly(violations(meetings), 'H4', '"Salle 1" holds 2 experts in the round of Fri 22 Jan at 18:00 (Paul Durand and Hélène Martin)');
  });

  it('lets a table change hands between rounds', () => {
    // e2 leaves t2 after r1; e4 takes it in r2.
    expect(violations([...tinyMeetings(), M('r2', 't2', 'e4', 'g2')], withExpertE4)).toEqual([]);
  });

  it('more people than seats', () => {
    const found = violations(tinyMeetings(), (i) => (i.tables[2].seats = 3));
    expectOnly(
      found,
      'H4',
      '"t3" has 3 seats but 4 people sit there in the round of Fri 22 Jan at 18:50',
      '« t3 » a 3 places mais 4 personnes y sont au tour du ven. 22 janv. à 18\u00a0h\u00a050',
    );
  });
});

describe('H5: pins and forbidden pairs', () => {
  it('a pin met in another round than its own', () => {
    const found = violations(tinyMeetings(), (i) => (i.pins = [{ group: 'g1', expert: 'e2', round: 'r2' }]));
    expectOnly(found, 'H5', '"Santé" must meet "Paul Durand" in the round of Fri 22 Jan at 18:25, and does not');
  });

  it('a pin without round, met in any round', () => {
    expect(violations(tinyMeetings(), (i) => (i.pins = [{ group: 'g3', expert: 'e1' }]))).toEqual([]);
    const found = violations(tinyMeetings(), (i) => (i.pins = [{ group: 'g2', expert: 'e3' }]));
    expectOnly(found, 'H5', '"Climat" must meet "Awa Diallo", and does not');
  });

  it('a forbidden pair that meets', () => {
    const found = violations(tinyMeetings(), (i) => i.forbidden?.push({ group: 'g2', expert: 'e1' }));
    expectOnly(found, 'H5', '"Climat" meets "Hélène Martin", a forbidden pair');
  });
});

describe('replan', () => {
  const replanFrom =
    (from: string, baseline = tinyMeetings()) =>
    (i: InstanceFile): void =>
      void (i.replan = { from, baseline });

  it('accepts the baseline itself, and changes from `from` on', () => {
    expect(violations(tinyMeetings(), replanFrom('r3'))).toEqual([]);
    const moved = swap(tinyMeetings(), M('r4', 't1', 'e1', 'g3'), M('r4', 't2', 'e4', 'g3'));
    expect(violations(moved, (i) => (withExpertE4(i), replanFrom('r3')(i)))).toEqual([]);
  });

  it('reports a past meeting that is missing', () => {
    const meetings = tinyMeetings().filter((m) => !(m.round === 'r2'));
    const found = violations(meetings, replanFrom('r3'));
    expectOnly(
      found,
      'replan',
      'the meeting of "Santé" with "Awa Diallo" at "t3" in the round of Fri 22 Jan at 18:25 already happened (before the round of Fri 22 Jan at 18:50) but is missing',
      'la rencontre de « Santé » avec « Awa Diallo » à « t3 » au tour du ven. 22 janv. à 18\u00a0h\u00a025 a déjà eu lieu (avant le tour du ven. 22 janv. à 18\u00a0h\u00a050) mais manque',
    );
  });

  it('reports a past meeting that is not in the baseline', () => {
    const found = violations([...tinyMeetings(), M('r2', 't2', 'e2', 'g2')], replanFrom('r3'));
    expectOnly(
      found,
      'replan',
      'the meeting of "Climat" with "Paul Durand" at "Salle 2" in the round of Fri 22 Jan at 18:25 is before the round of Fri 22 Jan at 18:50, which already happened, but is not in the baseline',
    );
  });

  it('does not re-check who was present before `from`', () => {
    // g2 left after r1 in the instance as it now stands; its r1 meeting happened.
    const gone = (i: InstanceFile): void => void (i.groups[1].rounds = ['r2', 'r3']);
    expect(violations(tinyMeetings(), (i) => (gone(i), replanFrom('r3')(i)))).toEqual([]);
    // From `from` on, it is checked; and without a replan, everywhere.
    expectOnly(
      violations(tinyMeetings(), (i) => (gone(i), replanFrom('r1')(i))),
      'H1',
      '"Climat" meets in the round of Fri 22 Jan at 18:00, which is not one of its rounds',
    );
    expectOnly(violations(tinyMeetings(), gone), 'H1', '"Climat" meets in the round of Fri 22 Jan at 18:00, which is not one of its rounds');
  });

  it('still checks every other rule in the past', () => {
    const found = violations(tinyMeetings(), (i) => (replanFrom('r4')(i), (i.tables[2].seats = 3)));
    expectOnly(
      found,
      'H4',
      '"t3" has 3 seats but 4 people sit there in the round of Fri 22 Jan at 18:50',
      '« t3 » a 3 places mais 4 personnes y sont au tour du ven. 22 janv. à 18\u00a0h\u00a050',
    );
  });
});
