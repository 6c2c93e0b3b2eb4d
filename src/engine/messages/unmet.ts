/**
 * Why a wish was not met, in the words of an organizer answering a group ("why don't we see
 * Dr Martin?"): experts and groups by their names, rounds by their wall time.
 */
import { defineSlice, fill, type Lang, list, type MessageParams, wallTime } from './message';

const n = (p: MessageParams, key: string): number => Number(p[key]);
const meetings = (count: number, lang: Lang): string =>
  lang === 'fr' ? `${count} rencontre${count > 1 ? 's' : ''}` : `${count} meeting${count === 1 ? '' : 's'}`;

/** The rounds better wishes took, each with whom and its value: three lists of one length. */
function taken(p: MessageParams, lang: Lang): string[] {
  const rounds = p.rounds as readonly string[];
  const experts = p.experts as readonly string[];
  const values = p.values as readonly string[];
  return rounds.map((round, i) =>
    lang === 'fr'
      ? `le tour du ${wallTime(round, 'fr')} est allé à « ${experts[i]} » (valeur ${values[i]})`
      : `the round of ${wallTime(round, 'en')} went to "${experts[i]}" (worth ${values[i]})`,
  );
}

export const UNMET_MESSAGES = defineSlice({
  fr: {
    'unmet.forbidden': 'paire interdite : « {group} » ne peut pas rencontrer « {expert} »',
    'unmet.absent': '« {expert} » n’est présent à aucun tour (absent)',
    'unmet.no_shared_round': 'aucun tour où « {group} » et « {expert} » sont tous deux présents',
    'unmet.no_shared_round_left': 'plus aucun tour (à partir du tour du {from:time}) où « {group} » et « {expert} » sont tous deux présents',
    'unmet.expert_full': (p: MessageParams) => `expert complet : ${meetings(n(p, 'count'), 'fr')}, son maximum`,
    'unmet.group_full': (p: MessageParams) => `groupe complet : ${meetings(n(p, 'count'), 'fr')}, son maximum`,
    'unmet.better_wishes': (p: MessageParams) => {
      const took = taken(p, 'fr');
      return took.length === 1
        ? `un souhait plus fort a pris le tour : ${took[0]}`
        : `des souhaits plus forts ont pris tous les tours où les deux sont présents : ${list(took, 'fr')}`;
    },
    'unmet.expert_busy': (p: MessageParams) =>
      fill('« {expert} » est pris par d’autres groupes à chaque tour restant pour ce groupe ({rounds:time})', p, 'fr') +
      (p.betterElsewhere ? ' ; les autres tours en commun du groupe sont allés à des souhaits plus forts' : ''),
    'unmet.not_chosen': 'non retenu : plus de place sans baisser la part d’un autre groupe',
  },
  en: {
    'unmet.forbidden': 'forbidden pair: "{group}" may not meet "{expert}"',
    'unmet.absent': '"{expert}" is not present in any round (absent)',
    'unmet.no_shared_round': 'no round where both "{group}" and "{expert}" are present',
    'unmet.no_shared_round_left': 'no round left (from the round of {from:time} on) where both "{group}" and "{expert}" are present',
    'unmet.expert_full': (p: MessageParams) => `expert full: ${meetings(n(p, 'count'), 'en')}, their maximum`,
    'unmet.group_full': (p: MessageParams) => `group full: ${meetings(n(p, 'count'), 'en')}, its maximum`,
    'unmet.better_wishes': (p: MessageParams) => {
      const took = taken(p, 'en');
      return took.length === 1 ? `a better wish took the round: ${took[0]}` : `better wishes took every round both are present: ${list(took, 'en')}`;
    },
    'unmet.expert_busy': (p: MessageParams) =>
      fill('"{expert}" is busy with other groups in every round left for this group ({rounds:time})', p, 'en') +
      (p.betterElsewhere ? "; the group's other shared rounds went to better wishes" : ''),
    'unmet.not_chosen': "not chosen: no room left without lowering another group's share",
  },
});
