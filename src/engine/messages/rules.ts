/**
 * The hard rules broken by a set of meetings, in a sentence an organizer understands: experts,
 * groups and tables by their names, rounds by their wall time (`{round:time}`).
 */
import { defineSlice, fill, type Lang, type MessageParams } from './message';

const n = (p: MessageParams, key: string): number => Number(p[key]);
/** French plural: 0 and 1 take the singular; English: only 1 does. */
const many = (count: number, word: string, lang: Lang): string => `${count} ${word}${(lang === 'fr' ? count > 1 : count !== 1) ? 's' : ''}`;

export const RULE_MESSAGES = defineSlice({
  fr: {
    'rule.h1.several_meetings': '« {group} » a {count} rencontres au tour du {round:time}',
    'rule.h1.not_its_round': '« {group} » a une rencontre au tour du {round:time}, qui n’est pas l’un de ses tours',
    'rule.h1.over_max': (p: MessageParams) => `« ${String(p.group)} » a ${many(n(p, 'count'), 'rencontre', 'fr')}, plus que son maximum de ${n(p, 'max')}`,
    'rule.h2.over_per_round': '« {expert} » reçoit {count} groupes au tour du {round:time}, plus que son maximum de {max} par tour',
    'rule.h2.not_its_round': '« {expert} » a une rencontre au tour du {round:time}, qui n’est pas l’un de ses tours',
    'rule.h2.over_max': (p: MessageParams) => `« ${String(p.expert)} » a ${many(n(p, 'count'), 'rencontre', 'fr')}, plus que son maximum de ${n(p, 'max')}`,
    'rule.h2.in_a_row': '« {expert} » enchaîne {count} tours (du {first:time} au {last:time}), plus que son maximum de {max} avant une pause',
    'rule.h3.twice': '« {group} » rencontre « {expert} » {count} fois (tours du {rounds:time})',
    'rule.h4.several_tables': '« {expert} » siège à {count} tables ({tables}) au lieu d’une',
    'rule.h4.not_fixed_table': '« {expert} » reçoit à « {table} » mais sa table attitrée est « {fixed} »',
    'rule.h4.several_experts': '« {table} » accueille {count} experts au tour du {round:time} ({experts})',
    'rule.h4.closed': '« {table} » est fermée à partir du tour du {closed:time} mais sert au tour du {round:time}',
    'rule.h4.seats': (p: MessageParams) =>
      fill(`« {table} » a ${many(n(p, 'seats'), 'place', 'fr')} mais {people} personnes y sont au tour du {round:time}`, p, 'fr'),
    'rule.h5.pin_unmet': '« {group} » doit rencontrer « {expert} », et ne le fait pas',
    'rule.h5.pin_unmet_in_round': '« {group} » doit rencontrer « {expert} » au tour du {round:time}, et ne le fait pas',
    'rule.h5.forbidden': '« {group} » rencontre « {expert} », une paire interdite',
    'rule.replan.missing':
      'la rencontre de « {group} » avec « {expert} » à « {table} » au tour du {round:time} a déjà eu lieu (avant le tour du {from:time}) mais manque',
    'rule.replan.added':
      'la rencontre de « {group} » avec « {expert} » à « {table} » au tour du {round:time} est avant le tour du {from:time}, déjà passé, mais n’était pas dans la grille d’avant',
  },
  en: {
    'rule.h1.several_meetings': '"{group}" is in {count} meetings in the round of {round:time}',
    'rule.h1.not_its_round': '"{group}" meets in the round of {round:time}, which is not one of its rounds',
    'rule.h1.over_max': (p: MessageParams) => `"${String(p.group)}" has ${many(n(p, 'count'), 'meeting', 'en')}, more than its maximum of ${n(p, 'max')}`,
    'rule.h2.over_per_round': '"{expert}" meets {count} groups in the round of {round:time}, more than their maximum of {max} per round',
    'rule.h2.not_its_round': '"{expert}" meets in the round of {round:time}, which is not one of their rounds',
    'rule.h2.over_max': (p: MessageParams) => `"${String(p.expert)}" has ${many(n(p, 'count'), 'meeting', 'en')}, more than their maximum of ${n(p, 'max')}`,
    'rule.h2.in_a_row': '"{expert}" meets in {count} rounds in a row ({first:time} to {last:time}), more than their maximum of {max} before a pause',
    'rule.h3.twice': '"{group}" meets "{expert}" {count} times (rounds of {rounds:time})',
    'rule.h4.several_tables': '"{expert}" sits at {count} tables ({tables}), not one',
    'rule.h4.not_fixed_table': '"{expert}" meets at "{table}" but their fixed table is "{fixed}"',
    'rule.h4.several_experts': '"{table}" holds {count} experts in the round of {round:time} ({experts})',
    'rule.h4.closed': '"{table}" is closed from the round of {closed:time} but is used in the round of {round:time}',
    'rule.h4.seats': '"{table}" has {seats} seats but {people} people sit there in the round of {round:time}',
    'rule.h5.pin_unmet': '"{group}" must meet "{expert}", and does not',
    'rule.h5.pin_unmet_in_round': '"{group}" must meet "{expert}" in the round of {round:time}, and does not',
    'rule.h5.forbidden': '"{group}" meets "{expert}", a forbidden pair',
    'rule.replan.missing':
      'the meeting of "{group}" with "{expert}" at "{table}" in the round of {round:time} already happened (before the round of {from:time}) but is missing',
    'rule.replan.added':
      'the meeting of "{group}" with "{expert}" at "{table}" in the round of {round:time} is before the round of {from:time}, which already happened, but is not in the baseline',
  },
});
