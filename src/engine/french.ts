/** Words the engine's French messages share (its English ones are written beside them). */

export type ObjectKind = 'round' | 'table' | 'expert' | 'group';

/** « round "r7" unknown », in French: the noun's gender decides the adjective. */
export function unknownFr(kind: ObjectKind, id: string): string {
  const [noun, unknown] = ({ round: ['tour', 'inconnu'], table: ['table', 'inconnue'], expert: ['expert', 'inconnu'], group: ['groupe', 'inconnu'] } as const)[kind];
  return `${noun} « ${id} » ${unknown}`;
}
