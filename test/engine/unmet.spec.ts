import type { InstanceFile, MeetingFile } from '../../src/engine/format';
import type { UnmetWish } from '../../src/engine/format';
import { ENGINE_MESSAGES, inEnglish, type Message, wordIn } from '../../src/engine/messages';
import { describeUnmetCause, explainUnmetWishes, unmetCauses } from '../../src/engine/unmet';
import { M, indexed, problemOf, tinyInstance, tinyMeetings } from './tiny';

const inFrench = (said: Message): string => wordIn(ENGINE_MESSAGES, said, 'fr');
const quoted = (text: string, open: string, close: string): string[] =>
  text
    .split(open)
    .slice(1)
    .map((part) => part.split(close)[0].trim());

/** Each unmet wish's reason as a message; its French wording must name who its English one names, and no id. */
function said(mutate: (i: InstanceFile) => void, meetings: MeetingFile[] = tinyMeetings()): Message[] {
  const instance = tinyInstance();
  mutate(instance);
  const problem = problemOf(instance);
  const out = unmetCauses(problem, indexed(problem, meetings)).map((u) => describeUnmetCause(problem, u));
  for (const s of out) {
    expect(quoted(inFrench(s), '«', '»')).toEqual(quoted(inEnglish(s), '"', '"').filter((_, i) => i % 2 === 0));
    expect(JSON.stringify(s.params)).not.toMatch(/"[egr]\d"/);
  }
  return out;
}

/** The unmet wishes as the exchange format writes them. */
function unmet(mutate: (i: InstanceFile) => void, meetings: MeetingFile[] = tinyMeetings()): UnmetWish[] {
  const instance = tinyInstance();
  mutate(instance);
  const problem = problemOf(instance);
  said(mutate, meetings);
  return explainUnmetWishes(problem, indexed(problem, meetings));
}

/** The French reason for the one unmet wish `wish` of group `g`, after `mutate`. */
function frenchFor(g: number, wish: { expert: string; weight: number }, mutate: (i: InstanceFile) => void = () => {}): string {
  const found = said((i) => {
    mutate(i);
    i.groups[g].wishes = [...(i.groups[g].wishes ?? []), wish];
  });
  expect(found).toHaveLength(1);
  return inFrench(found[0]);
}

/** The reason given for the one unmet wish: `wish`, added to group `g` after `mutate`. */
function reasonFor(g: number, wish: { expert: string; weight: number }, mutate: (i: InstanceFile) => void = () => {}, meetings?: MeetingFile[]): string {
  const found = unmet((i) => {
    mutate(i);
    i.groups[g].wishes = [...(i.groups[g].wishes ?? []), wish];
  }, meetings);
  expect(found).toHaveLength(1);
  expect(found[0]).toMatchObject({ group: `g${g + 1}`, expert: wish.expert, weight: wish.weight });
  return found[0].reason;
}

describe('explainUnmetWishes', () => {
  it('finds nothing when every wish is met', () => {
    expect(unmet(() => {})).toEqual([]);
  });

  it('a forbidden pair', () => {
    expect(reasonFor(2, { expert: 'e2', weight: 3 })).toBe('forbidden pair: "Mobilités" may not meet "Paul Durand"');
  });

  it('an expert who is not there at all', () => {
    const meetings = tinyMeetings().filter((m) => m.expert !== 'e3');
    expect(reasonFor(0, { expert: 'e3', weight: 2 }, (i) => ((i.groups[0].wishes = [{ expert: 'e2', weight: 5 }]), (i.experts[2].rounds = [])), meetings)).toBe(
      '"Awa Diallo" is not present in any round (absent)',
    );
  });

  it('no round where both are present', () => {
    const reason = reasonFor(2, { expert: 'e2', weight: 3 }, (i) => ((i.forbidden = []), (i.groups[2].rounds = ['r3', 'r4'])));
    expect(reason).toBe('no round where both "Mobilités" and "Paul Durand" are present');
  });

  it('no round left in a replan', () => {
    const reason = reasonFor(1, { expert: 'e3', weight: 3 }, (i) => (i.replan = { from: 'r4', baseline: tinyMeetings() }));
    expect(reason).toBe('no round left (from the round of Fri 22 Jan at 19:15 on) where both "Climat" and "Awa Diallo" are present');
  });

  it('an expert already at its maxMeetings', () => {
    expect(reasonFor(1, { expert: 'e3', weight: 3 }, (i) => (i.experts[2].maxMeetings = 2))).toBe('expert full: 2 meetings, their maximum');
  });

  it('a group already at its maxMeetings', () => {
    expect(reasonFor(2, { expert: 'e2', weight: 3 }, (i) => (i.forbidden = []))).toBe('group full: 2 meetings, its maximum');
  });

  it('a better wish took the only shared round', () => {
    // g2 hears e1 (worth 4) in r1, the only round it shares with e3.
    expect(reasonFor(1, { expert: 'e3', weight: 3 }, (i) => (i.groups[1].rounds = ['r1']))).toBe(
      'a better wish took the round: the round of Fri 22 Jan at 18:00 went to "Hélène Martin" (worth 4)',
    );
    // Equal value also counts as better: nothing to gain by swapping.
    expect(reasonFor(1, { expert: 'e3', weight: 4 }, (i) => (i.groups[1].rounds = ['r1']))).toContain('a better wish took the round');
  });

  it('better wishes took every shared round', () => {
    const meetings = [...tinyMeetings(), M('r2', 't2', 'e2', 'g2')];
    const reason = reasonFor(
      1,
      { expert: 'e3', weight: 3 },
      (i) => ((i.groups[1].rounds = ['r1', 'r2']), i.groups[1].wishes?.push({ expert: 'e2', weight: 3 })),
      meetings,
    );
    expect(reason).toBe(
      'better wishes took every round both are present: the round of Fri 22 Jan at 18:00 went to "Hélène Martin" (worth 4) and the round of Fri 22 Jan at 18:25 went to "Paul Durand" (worth 3)',
    );
  });

  it('the expert busy with other groups in every shared round', () => {
    // e3 only comes for r2 and r3, where it hears g1 and g3.
    expect(reasonFor(1, { expert: 'e3', weight: 5 }, (i) => (i.experts[2].rounds = ['r2', 'r3']))).toBe(
      '"Awa Diallo" is busy with other groups in every round left for this group (Fri 22 Jan at 18:25 and Fri 22 Jan at 18:50)',
    );
    // r1 went to a better wish (e1, worth 4), e3 is busy in r2 and r3.
    expect(reasonFor(1, { expert: 'e3', weight: 4 })).toBe(
      '"Awa Diallo" is busy with other groups in every round left for this group (Fri 22 Jan at 18:25 and Fri 22 Jan at 18:50); the group\'s other shared rounds went to better wishes',
    );
  });

  it('otherwise, the generic reason', () => {
    // r1: g2 hears e1 (worth 4 < 5) while e3 is free.
    expect(reasonFor(1, { expert: 'e3', weight: 5 })).toBe("not chosen: no room left without lowering another group's share");
  });

  it("says each reason in French too, for the organizers' screens", () => {
    expect(frenchFor(2, { expert: 'e2', weight: 3 })).toBe('paire interdite : « Mobilités » ne peut pas rencontrer « Paul Durand »');
    expect(frenchFor(1, { expert: 'e3', weight: 3 }, (i) => (i.experts[2].maxMeetings = 2))).toBe('expert complet : 2 rencontres, son maximum');
    expect(frenchFor(1, { expert: 'e3', weight: 3 }, (i) => (i.groups[1].rounds = ['r1']))).toBe(
      'un souhait plus fort a pris le tour : le tour du ven. 22 janv. à 18\u00a0h\u00a000 est allé à « Hélène Martin » (valeur 4)',
    );
    expect(frenchFor(1, { expert: 'e3', weight: 4 })).toBe(
      '« Awa Diallo » est pris par d’autres groupes à chaque tour restant pour ce groupe (ven. 22 janv. à 18\u00a0h\u00a025 et ven. 22 janv. à 18\u00a0h\u00a050) ; les autres tours en commun du groupe sont allés à des souhaits plus forts',
    );
    expect(frenchFor(1, { expert: 'e3', weight: 5 })).toBe('non retenu : plus de place sans baisser la part d’un autre groupe');
  });

  it('sorts by group, then weight from the highest', () => {
    const found = unmet((i) => {
      i.groups[2].wishes = [{ expert: 'e2', weight: 1 }];
      i.groups[1].wishes = [
        { expert: 'e1', weight: 4 },
        { expert: 'e2', weight: 2 },
        { expert: 'e3', weight: 5 },
      ];
    });
    expect(found.map((w) => [w.group, w.expert, w.weight])).toEqual([
      ['g2', 'e3', 5],
      ['g2', 'e2', 2],
      ['g3', 'e2', 1],
    ]);
  });
});
