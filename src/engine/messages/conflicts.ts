/**
 * Why an instance cannot be planned: the pins (required meetings) and the rule they collide with,
 * experts, groups and tables by their names, rounds by their wall time.
 */
import { defineSlice, fill, type Lang, type MessageParams } from './message';

const n = (p: MessageParams, key: string): number => Number(p[key]);
const many = (count: number, word: string, lang: Lang): string => `${count} ${word}${(lang === 'fr' ? count > 1 : count !== 1) ? 's' : ''}`;
/** « n’a que 3 tours », « n’a qu’un tour », or « n’est présent à aucun tour ». */
const roundsFr = (count: number): string => (count === 0 ? 'n’est présent à aucun tour' : count === 1 ? 'n’a qu’un tour' : `n’a que ${count} tours`);

export const CONFLICT_MESSAGES = defineSlice({
  fr: {
    'conflict.pin_forbidden': '« {group} » doit rencontrer « {expert} », une paire pourtant interdite',
    'conflict.pin_group_absent': '« {group} » doit rencontrer « {expert} » au tour du {round:time} mais n’est pas présent à ce tour',
    'conflict.pin_expert_absent': '« {expert} » doit recevoir « {group} » au tour du {round:time} mais n’est pas présent à ce tour',
    'conflict.pin_never_together': '« {group} » doit rencontrer « {expert} » mais ils ne sont jamais présents au même tour',
    'conflict.pin_too_big': (p: MessageParams) =>
      fill(
        `« {group} » (${many(n(p, 'size'), 'personne', 'fr')}) doit rencontrer « {expert} » mais ne tient pas à ` +
          (p.table ? `« {table} », sa table attitrée (${many(n(p, 'seats'), 'place', 'fr')})` : `la plus grande table (${many(n(p, 'seats'), 'place', 'fr')})`),
        p,
        'fr',
      ),
    'conflict.pins_twice': '« {group} » doit rencontrer « {expert} » deux fois (tours du {first:time} et du {second:time})',
    'conflict.pins_same_round': '« {group} » doit rencontrer « {expert} » et « {other} » au même tour, celui du {round:time}',
    'conflict.expert_over_max': (p: MessageParams) =>
      `« ${String(p.expert)} » doit recevoir ${many(n(p, 'count'), 'groupe', 'fr')} mais en reçoit ${n(p, 'max')} au plus`,
    'conflict.expert_rounds': (p: MessageParams) =>
      `« ${String(p.expert)} » doit recevoir ${many(n(p, 'count'), 'groupe', 'fr')} mais ${roundsFr(n(p, 'rounds'))}` +
      (n(p, 'perRound') > 1 && n(p, 'rounds') > 0 ? ` de ${n(p, 'perRound')} groupes` : ''),
    'conflict.group_over_max': (p: MessageParams) =>
      `« ${String(p.group)} » doit rencontrer ${many(n(p, 'count'), 'expert', 'fr')} mais en rencontre ${n(p, 'max')} au plus`,
    'conflict.group_rounds': (p: MessageParams) =>
      `« ${String(p.group)} » doit rencontrer ${many(n(p, 'count'), 'expert', 'fr')} mais ${roundsFr(n(p, 'rounds'))}`,
    'conflict.expert_per_round': (p: MessageParams) =>
      fill(`« {expert} » doit recevoir ${many(n(p, 'count'), 'groupe', 'fr')} au tour du {round:time} mais en reçoit {max} par tour`, p, 'fr'),
    'conflict.round_tables': (p: MessageParams) =>
      fill(`le tour du {round:time} doit accueillir ${many(n(p, 'count'), 'expert', 'fr')} mais il n’y a que ${many(n(p, 'tables'), 'table', 'fr')}`, p, 'fr'),
    'conflict.expert_in_a_row': '« {expert} » doit recevoir des groupes {count} tours de suite jusqu’au tour du {last:time} mais en enchaîne {max} au plus',
    'conflict.pin_past': 'le tour du {round:time} a déjà eu lieu sans que « {group} » rencontre « {expert} »',
    'conflict.pins_together': 'les rencontres imposées ne peuvent pas toutes être tenues ensemble (aucun placement ne respecte toutes les règles) : {pins}',
    'conflict.pins_search_limit': 'aucun placement de toutes les rencontres imposées trouvé dans la limite de la recherche : {pins}',
    'conflict.pin': '« {group} » avec « {expert} »',
  },
  en: {
    'conflict.pin_forbidden': '"{group}" must meet "{expert}", a pair that is forbidden',
    'conflict.pin_group_absent': '"{group}" must meet "{expert}" in the round of {round:time} but is not present in that round',
    'conflict.pin_expert_absent': '"{expert}" must meet "{group}" in the round of {round:time} but is not present in that round',
    'conflict.pin_never_together': '"{group}" must meet "{expert}" but they are never present in the same round',
    'conflict.pin_too_big': (p: MessageParams) =>
      fill(
        `"{group}" (${many(n(p, 'size'), 'person', 'en').replace('persons', 'people')}) must meet "{expert}" but cannot sit at ` +
          (p.table ? `"{table}", their fixed table (${many(n(p, 'seats'), 'seat', 'en')})` : `the largest table (${many(n(p, 'seats'), 'seat', 'en')})`),
        p,
        'en',
      ),
    'conflict.pins_twice': '"{group}" must meet "{expert}" twice (rounds of {first:time} and {second:time})',
    'conflict.pins_same_round': '"{group}" must meet "{expert}" and "{other}" in the same round, the one of {round:time}',
    'conflict.expert_over_max': (p: MessageParams) => `"${String(p.expert)}" must meet ${many(n(p, 'count'), 'group', 'en')} but meets ${n(p, 'max')} at most`,
    'conflict.expert_rounds': (p: MessageParams) =>
      `"${String(p.expert)}" must meet ${many(n(p, 'count'), 'group', 'en')} but has ${many(n(p, 'rounds'), 'round', 'en')}` +
      (n(p, 'perRound') > 1 ? ` of ${n(p, 'perRound')} groups` : ''),
    'conflict.group_over_max': (p: MessageParams) => `"${String(p.group)}" must meet ${many(n(p, 'count'), 'expert', 'en')} but meets ${n(p, 'max')} at most`,
    'conflict.group_rounds': (p: MessageParams) =>
      `"${String(p.group)}" must meet ${many(n(p, 'count'), 'expert', 'en')} but has ${many(n(p, 'rounds'), 'round', 'en')}`,
    'conflict.expert_per_round': (p: MessageParams) =>
      fill(`"{expert}" must meet ${many(n(p, 'count'), 'group', 'en')} in the round of {round:time} but takes {max} per round`, p, 'en'),
    'conflict.round_tables': (p: MessageParams) =>
      fill(`the round of {round:time} must hold ${many(n(p, 'count'), 'expert', 'en')} but there are only ${many(n(p, 'tables'), 'table', 'en')}`, p, 'en'),
    'conflict.expert_in_a_row': '"{expert}" must meet groups in {count} rounds in a row up to the round of {last:time} but takes {max} in a row at most',
    'conflict.pin_past': 'the round of {round:time} has already been held without "{group}" meeting "{expert}"',
    'conflict.pins_together': 'the required meetings cannot all be held together (no placement keeps every rule): {pins}',
    'conflict.pins_search_limit': 'no placement of every required meeting found within the search limit: {pins}',
    'conflict.pin': '"{group}" with "{expert}"',
  },
});
