/** Words the engine's French messages share (its English ones are written beside them). */
import type { Problem } from './model';

export type ObjectKind = 'round' | 'table' | 'expert' | 'group';

/** « round "r7" unknown », in French: the noun's gender decides the adjective. */
export function unknownFr(kind: ObjectKind, id: string): string {
  const [noun, unknown] = ({ round: ['tour', 'inconnu'], table: ['table', 'inconnue'], expert: ['expert', 'inconnu'], group: ['groupe', 'inconnu'] } as const)[kind];
  return `${noun} « ${id} » ${unknown}`;
}

/** The same objects named in French, « between guillemets »; the article is the sentence's. */
export const fr = {
  group: (p: Problem, g: number): string => `groupe « ${p.groups[g].id} »`,
  expert: (p: Problem, e: number): string => `expert « ${p.experts[e].id} »`,
  round: (p: Problem, r: number): string => `tour « ${p.rounds[r].id} »`,
  table: (p: Problem, t: number): string => `table « ${p.tables[t].id} »`,
  ids: (ids: string[]): string => ids.map((id) => `« ${id} »`).join(', '),
  /** French plural: 0 and 1 take the singular. */
  plural: (n: number, word: string): string => `${n} ${word}${n > 1 ? 's' : ''}`,
};

/** French first, then English: how the service and the command line word what the engine says. */
export const bothLanguages = (said: { fr: string; message: string }): string => `${said.fr} / ${said.message}`;

/** A lead and its items, French first then English: « refusé : [H1] … ; [H4] … / refused: [H1] …; [H4] … ». */
export function listInBothLanguages(lead: { fr: string; en: string }, items: { label: string; fr: string; message: string }[]): string {
  const fr = items.map((i) => `${i.label} ${i.fr}`).join(' ; ');
  const en = items.map((i) => `${i.label} ${i.message}`).join('; ');
  return `${lead.fr} : ${fr} / ${lead.en}: ${en}`;
}
