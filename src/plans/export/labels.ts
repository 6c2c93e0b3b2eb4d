/** The words of the exports (column heads, sheet rows, the printed page), in the language asked for. */
import { defineMessages, type Lang, type MessageParams, word } from '../../i18n';

const exportMessages = defineMessages({
  fr: {
    'export.round': 'tour',
    'export.start': 'début',
    'export.end': 'fin',
    'export.table_id': 'id table',
    'export.table': 'table',
    'export.expert_id': 'id expert',
    'export.expert': 'expert',
    'export.organization': 'organisation',
    'export.group_id': 'id groupe',
    'export.group': 'groupe',
    'export.size': 'taille',
    'export.timezone': 'fuseau',
    'export.engine': 'moteur',
    'export.seed': 'graine',
    'export.iterations': 'itérations',
    'export.input_hash': 'empreinte de l’instance',
    'export.meetings_hash': 'empreinte des rencontres',
    'export.version': 'version du plan',
    'export.published_at': 'publié le',
    'export.replay': 'rejouer',
    'export.time': 'horaire',
    'export.meetings': 'rencontres',
    'export.shortfall': 'manque',
    'export.wish_value': 'valeur des souhaits',
    'export.min_share': 'part minimale',
    'export.break': 'pause',
    'export.members': (p: MessageParams) => `${Number(p.count)} membre${Number(p.count) > 1 ? 's' : ''}`,
    'export.meeting_count': (p: MessageParams) => `${Number(p.count)} rencontre${Number(p.count) > 1 ? 's' : ''}`,
    'export.no_meeting': 'Aucune rencontre.',
    'export.zone_hours': 'heures de {zone}',
    'export.grid_title': '{event} — grille de rotation',
  },
  en: {
    'export.round': 'round',
    'export.start': 'start',
    'export.end': 'end',
    'export.table_id': 'table id',
    'export.table': 'table',
    'export.expert_id': 'expert id',
    'export.expert': 'expert',
    'export.organization': 'organization',
    'export.group_id': 'group id',
    'export.group': 'group',
    'export.size': 'size',
    'export.timezone': 'timezone',
    'export.engine': 'engine',
    'export.seed': 'seed',
    'export.iterations': 'iterations',
    'export.input_hash': 'input hash',
    'export.meetings_hash': 'meetings hash',
    'export.version': 'plan version',
    'export.published_at': 'published at',
    'export.replay': 'replay',
    'export.time': 'time',
    'export.meetings': 'meetings',
    'export.shortfall': 'shortfall',
    'export.wish_value': 'wish value',
    'export.min_share': 'min group share',
    'export.break': 'break',
    'export.members': (p: MessageParams) => `${Number(p.count)} member${Number(p.count) === 1 ? '' : 's'}`,
    'export.meeting_count': (p: MessageParams) => `${Number(p.count)} meeting${Number(p.count) === 1 ? '' : 's'}`,
    'export.no_meeting': 'No meeting.',
    'export.zone_hours': '{zone} time',
    'export.grid_title': '{event} — rotation grid',
  },
});

export type ExportWord = keyof typeof exportMessages.fr;

/** `say('export.round')` → « tour » or "round". */
export const labels =
  (lang: Lang) =>
  (code: ExportWord, params?: MessageParams): string =>
    word(params ? { code, params } : { code }, lang);

/** A column head or a row label: capitalised, the way a sheet shows it. */
export const heading = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
