/**
 * What `loadInstance` finds wrong in an instance file, worded for the organizer who fixes it.
 * The file's own values (an unknown id, a wall time that does not exist) are shown as written:
 * they are what the organizer looks for in the file.
 */
import { defineSlice, type Lang, type MessageParams } from './message';

/** French nouns and the agreement of « inconnu » with them. */
const KIND_FR: Record<string, [string, string]> = {
  round: ['tour', 'inconnu'],
  table: ['table', 'inconnue'],
  expert: ['expert', 'inconnu'],
  group: ['groupe', 'inconnu'],
  member: ['membre', 'inconnu'],
};
const KIND_EN: Record<string, string> = { round: 'round', table: 'table', expert: 'expert', group: 'group', member: 'member' };

const TYPES_FR: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  integer: 'un nombre entier',
  boolean: 'true ou false',
  object: 'un objet',
  array: 'une liste',
  null: 'null',
};
const TYPES_EN: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

const n = (p: MessageParams, key: string): number => Number(p[key]);
const s = (count: number, lang: Lang): string => (lang === 'fr' ? (count > 1 ? 's' : '') : count === 1 ? '' : 's');

export const LOAD_MESSAGES = defineSlice({
  fr: {
    'instance.duplicate_id': 'identifiant « {id} » en double (déjà pris par {first})',
    'instance.duplicate_member_id': 'identifiant de membre « {id} » en double (déjà pris par {first})',
    'instance.not_a_time': '« {wall} » n’est pas une date et heure réelle',
    'instance.time_in_gap':
      '« {wall} » n’existe pas dans le fuseau {zone} : on avance les horloges à cette heure (elle serait lue {read}) ; choisissez une autre heure',
    'instance.time_twice':
      '« {wall} » arrive deux fois dans le fuseau {zone} (on recule les horloges à cette heure) ; mieux vaut l’éviter, les invitations pourraient montrer la mauvaise heure',
    'instance.unknown_zone': 'fuseau horaire « {zone} » inconnu (attendu : un nom IANA comme « Europe/Paris »)',
    'instance.end_not_after_start': 'la fin {end} n’est pas après le début {start} du tour',
    'instance.rounds_overlap':
      'ce tour commence le {start:time}, avant la fin du tour précédent ({previousEnd:time}) : les tours doivent être dans l’ordre du temps, sans se chevaucher',
    'instance.unknown_ref': (p: MessageParams) => {
      const [noun, unknown] = KIND_FR[String(p.kind)] ?? [String(p.kind), 'inconnu'];
      return `${noun} « ${String(p.id)} » ${unknown}`;
    },
    'instance.round_id_expected': 'doit être un identifiant de tour',
    'instance.size_mismatch': (p: MessageParams) => {
      const members = n(p, 'members');
      return `la taille ${n(p, 'size')} ne correspond pas ${members > 1 ? `aux ${members} membres listés` : `au ${members} membre listé`}`;
    },
    'instance.second_wish': 'second souhait pour « {expert} » (déjà souhaité dans wishes[{first}])',
    'shape.required': 'est obligatoire mais manque',
    'shape.type': (p: MessageParams) => `doit être ${TYPES_FR[String(p.type)] ?? String(p.type)}`,
    'shape.const': 'doit valoir {value}',
    'shape.enum': (p: MessageParams) => `doit valoir l’un de ${(p.values as readonly string[]).join(', ')}`,
    'shape.minimum': 'doit valoir au moins {limit}',
    'shape.maximum': 'doit valoir au plus {limit}',
    'shape.not_empty': 'ne doit pas être vide',
    'shape.min_length': 'doit compter au moins {limit} caractères',
    'shape.max_length': 'doit compter au plus {limit} caractères',
    'shape.min_items': (p: MessageParams) => `doit compter au moins ${n(p, 'limit')} élément${s(n(p, 'limit'), 'fr')}`,
    'shape.wall_time': 'doit être une heure locale écrite comme 2021-01-22T18:00',
    'shape.other': 'ne respecte pas la règle « {keyword} » du schéma',
  },
  en: {
    'instance.duplicate_id': (p: MessageParams) =>
      `duplicate ${KIND_EN[String(p.kind)] ?? String(p.kind)} id "${String(p.id)}" (already used by ${String(p.first)})`,
    'instance.duplicate_member_id': 'duplicate member id "{id}" (already used by {first})',
    'instance.not_a_time': '"{wall}" is not a real date and time',
    'instance.time_in_gap': '"{wall}" does not exist in {zone}: the clocks jump forward at that hour (it would be read as {read}); choose another time',
    'instance.time_twice': '"{wall}" happens twice in {zone} (the clocks go back at that hour); better avoid it, invitations may show the wrong hour',
    'instance.unknown_zone': 'unknown time zone "{zone}" (expected an IANA name such as "Europe/Paris")',
    'instance.end_not_after_start': 'the end {end} is before or equal to the start {start} of the round',
    'instance.rounds_overlap':
      'this round starts on {start:time}, before the previous round ends ({previousEnd:time}): rounds must be listed in time order and must not overlap',
    'instance.unknown_ref': (p: MessageParams) => `unknown ${KIND_EN[String(p.kind)] ?? String(p.kind)} "${String(p.id)}"`,
    'instance.round_id_expected': 'must be a round id',
    'instance.size_mismatch': (p: MessageParams) => `size ${n(p, 'size')} disagrees with the ${n(p, 'members')} member${s(n(p, 'members'), 'en')} listed`,
    'instance.second_wish': 'second wish for "{expert}" (already wished in wishes[{first}])',
    'shape.required': 'is required but missing',
    'shape.type': (p: MessageParams) => `must be ${TYPES_EN[String(p.type)] ?? String(p.type)}`,
    'shape.const': 'must be {value}',
    'shape.enum': (p: MessageParams) => `must be one of ${(p.values as readonly string[]).join(', ')}`,
    'shape.minimum': 'must be at least {limit}',
    'shape.maximum': 'must be at most {limit}',
    'shape.not_empty': 'must not be empty',
    'shape.min_length': 'must have at least {limit} characters',
    'shape.max_length': 'must have at most {limit} characters',
    'shape.min_items': (p: MessageParams) => `must list at least ${n(p, 'limit')} item${s(n(p, 'limit'), 'en')}`,
    'shape.wall_time': 'must be a wall time written like 2021-01-22T18:00',
    'shape.other': 'breaks the schema rule "{keyword}"',
  },
});
