/**
 * Every problem an import can report, as a code and its parameters (what the file says: names,
 * values, rows; never an internal id), worded here in French and in English. The place (file,
 * sheet, row, column) travels beside the message, so these texts say only what is wrong and what
 * would be accepted.
 */
import { defineMessages, type Lang, list, type MessageParams, type Wording, word } from '../../i18n';
import type { DayPart } from './event-days';
import type { ImportProblem } from './problems';

type P = MessageParams;

/** « nom, name, expert… »: the first few of the accepted headers. */
const some = (p: P) => `${((p.accepted ?? []) as string[]).join(', ')}…`;

/** « Salle 1, Salle 2, Salle 3, Salle 4… (16 tables) » */
const tableList = (p: P, lang: Lang) => {
  const names = (p.tables ?? []) as string[];
  return Number(p.count) > names.length ? `${names.join(', ')}… (${p.count} tables)` : list(names, lang);
};

const PART_WORDS: Record<Lang, Record<DayPart, string>> = {
  fr: { morning: 'matin', afternoon: 'après-midi', evening: 'soir' },
  en: { morning: 'morning', afternoon: 'afternoon', evening: 'evening' },
};
const weekday = (date: string, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00Z`));
/** « vendredi 22 janvier, samedi 23 janvier »: the event's days, from their local dates. */
const dayList = (p: MessageParams, lang: Lang) =>
  list(
    ((p.dates ?? []) as string[]).map((date) =>
      new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
        new Date(`${date}T12:00Z`),
      ),
    ),
    lang,
  );
/** An availability that fits this event: « vendredi + samedi matin » (`parts` are « date part » of each session). */
const example = (p: MessageParams, lang: Lang) => {
  const sessions = ((p.parts ?? []) as string[]).map((s) => s.split(' ') as [string, DayPart]);
  const [first] = sessions;
  const last = sessions[sessions.length - 1];
  if (!first) return lang === 'fr' ? 'tous' : 'all';
  if (last[0] === first[0]) return `${weekday(first[0], lang)} ${PART_WORDS[lang][last[1]]}`;
  return `${weekday(first[0], lang)} + ${weekday(last[0], lang)} ${PART_WORDS[lang][last[1]]}`;
};

/** « (vouliez-vous dire Hélène Dupont ?) » when a close name was found. */
const suggestion = (p: MessageParams, lang: 'fr' | 'en') =>
  p.suggestion === undefined ? '' : lang === 'fr' ? ` : vouliez-vous dire ${p.suggestion} ?` : `: did you mean ${p.suggestion}?`;
const range = (p: MessageParams, lang: 'fr' | 'en') =>
  p.max === undefined
    ? lang === 'fr'
      ? `au moins ${p.min}`
      : `at least ${p.min}`
    : lang === 'fr'
      ? `entre ${p.min} et ${p.max}`
      : `between ${p.min} and ${p.max}`;

const fr = {
  'import.refused': ({ file, count }: P) => `${file} : ${count} erreur${Number(count) > 1 ? 's' : ''}, rien n’a été importé`,
  'import.missingFile': 'fichier manquant : envoyez-le dans le champ « file »',
  'import.unsupportedFormat': 'format {kind} non pris en charge : enregistrez le fichier en .xlsx ou .csv',
  'import.unreadableCsv': 'fichier CSV illisible ({detail})',
  'import.unreadableXlsx': 'classeur XLSX illisible ({detail})',
  'import.notUtf8': 'fichier non UTF-8, lu comme Windows-1252 : vérifiez les accents (enregistrez de préférence en « CSV UTF-8 »)',
  'import.tooManyRows': 'plus de {max} lignes : découpez le fichier',
  'import.tooManyColumns': 'cellule remplie au-delà de la colonne {max} : seules les {max} premières colonnes sont lues ; videz-la ou déplacez-la',
  'import.tooSlow':
    'lecture du fichier arrêtée après {seconds} s : il est trop lourd ; enregistrez seulement vos feuilles utiles, sans mise en forme, en .xlsx ou .csv',
  'import.tooBig': 'lecture du fichier arrêtée : elle demandait plus de {mb} Mo de mémoire ; enregistrez seulement vos feuilles utiles, en .xlsx ou .csv',
  'import.otherSheetsIgnored': 'seule la feuille « {sheet} » est lue ; ignorée(s) : {others}',
  'import.unknownColumn': (p: P) => `colonne inconnue, ignorée${suggestion(p, 'fr')}`,
  'import.duplicateColumn': 'colonne en double (déjà « {earlier} »)',
  'import.missingColumn': (p: P) => `colonne obligatoire « ${p.columnFr} » absente de la ligne 1 (en-têtes reconnus : ${some(p)})`,
  'import.missingNameColumns': (p: P) => `il faut en ligne 1 une colonne de nom (${some(p)}), ou « prénom » et « nom »`,
  'import.missingMembersOrSize': 'il faut une colonne « membre » (ou « prénom » et « nom » : une ligne par membre) ou une colonne « taille »',
  'import.noRows': 'rien à importer : le fichier n’a que sa ligne d’en-tête',
  'import.nameMissing': 'nom manquant',
  'import.badEmail': 'adresse invalide « {value} »',
  'import.notWhole': 'nombre entier attendu, pas « {value} »',
  'import.outOfRange': (p: P) => `${p.value} hors limites : ${range(p, 'fr')}`,
  'import.idTooLong': 'identifiant trop long (100 caractères au plus)',
  'import.idTaken': 'identifiant « {value} » déjà pris ligne {earlierRow}',
  'import.groupMissing': 'groupe manquant',
  'import.contradicts': '« {value} » contredit la ligne {earlierRow} du même groupe (« {earlier} ») : laissez la cellule vide ici',
  'import.memberNameMissing': 'nom du membre manquant',
  'import.badPhone': 'numéro invalide « {value} » : 6 à 15 chiffres, espaces et + . - ( ) /',
  'import.groupWithoutMembers': 'groupe « {group} » sans membre : indiquez sa taille',
  'import.sizeMismatch': 'taille {size} mais {count} membre(s) listé(s)',
  'import.sharedEmail': 'adresse « {value} » déjà donnée ligne {earlierRow}',
  'import.memberTwice': '{name} figure deux fois dans le groupe « {group} » (déjà ligne {earlierRow})',
  'import.unknownExpert': (p: P) => `expert inconnu « ${p.value} »${suggestion(p, 'fr')}`,
  'import.ambiguousExpert': 'plusieurs experts répondent à « {value} » ({names}) : écrivez le prénom et le nom',
  'import.wishedTwice': 'expert « {value} » souhaité deux fois',
  'import.badWeight': 'poids « {value} » : un entier de 1 à 10 (10 = le plus souhaité)',
  'import.badPriority': 'priorité « {value} » : un entier de 1 à 10 (1 = la plus forte)',
  'import.unknownGroup': (p: P) => `groupe inconnu « ${p.value} »${suggestion(p, 'fr')}`,
  'import.unknownDay': (p: P) =>
    `disponibilité « ${p.value} » non comprise : écrivez les jours de l’événement (${dayList(p, 'fr')}), suivis ou non de matin, après-midi ou soir, reliés par « + » ou « et » (ex. « ${example(p, 'fr')} »), « sauf … », « jour 2 », « tous », ou des identifiants de tours`,
  'import.noRoundsYet': 'disponibilité « {value} » : l’événement n’a encore aucun tour ; créez les tours avant l’import, ou videz la colonne',
  'import.noRoundThen': (p: P) => `aucun tour « ${p.value} » : les tours ont lieu ${dayList(p, 'fr')}`,
  'import.notADate': (p: P) => `« ${p.value} » n’est pas une date du calendrier : les tours ont lieu ${dayList(p, 'fr')}`,
  'import.unknownTable': (p: P) => `table inconnue « ${p.value} »${suggestion(p, 'fr')} ; tables de l’événement : ${tableList(p, 'fr')}`,
  'import.noTable': 'table « {value} » : l’événement n’a encore aucune table ; ajoutez-les avant l’import',
  'import.linkChange': 'le lien personnel de {before} ouvrirait la page de {after}',
  'import.linkChanged': 'le lien personnel de {before} ouvre désormais la page de {after}',
  'import.linkChangesNeedConfirmation': ({ count }: P) =>
    `${count} lien${Number(count) > 1 ? 's' : ''} personnel${Number(count) > 1 ? 's' : ''} changerai${Number(count) > 1 ? 'ent' : 't'} de personne : vérifiez, puis confirmez l’import`,
} satisfies Record<string, Wording>;

const en: Record<keyof typeof fr, Wording> = {
  'import.refused': ({ file, count }: P) => `${file}: ${count} error${Number(count) > 1 ? 's' : ''}, nothing was imported`,
  'import.missingFile': 'missing file: send it in the "file" field',
  'import.unsupportedFormat': '{kind} format is not supported: save the file as .xlsx or .csv',
  'import.unreadableCsv': 'unreadable CSV file ({detail})',
  'import.unreadableXlsx': 'unreadable XLSX workbook ({detail})',
  'import.notUtf8': 'file is not UTF-8, read as Windows-1252: check the accents (prefer saving as "CSV UTF-8")',
  'import.tooManyRows': 'more than {max} rows: split the file',
  'import.tooManyColumns': 'a cell is filled beyond column {max}: only the first {max} columns are read; empty or move it',
  'import.tooSlow': 'reading stopped after {seconds} s: the file is too heavy; save only the sheets you need, without formatting, as .xlsx or .csv',
  'import.tooBig': 'reading stopped: it needed more than {mb} MB of memory; save only the sheets you need, as .xlsx or .csv',
  'import.otherSheetsIgnored': 'only the sheet "{sheet}" is read; ignored: {others}',
  'import.unknownColumn': (p: P) => `unknown column, ignored${suggestion(p, 'en')}`,
  'import.duplicateColumn': 'duplicate column (already "{earlier}")',
  'import.missingColumn': (p: P) => `required column "${p.columnEn}" missing from row 1 (headers recognised: ${some(p)})`,
  'import.missingNameColumns': (p: P) => `row 1 needs a name column (${some(p)}), or "first name" and "last name"`,
  'import.missingMembersOrSize': 'a "member" column (or "first name" and "last name": one row per member) or a "size" column is required',
  'import.noRows': 'nothing to import: the file holds only its header row',
  'import.nameMissing': 'name missing',
  'import.badEmail': 'invalid address "{value}"',
  'import.notWhole': 'whole number expected, not "{value}"',
  'import.outOfRange': (p: P) => `${p.value} out of range: ${range(p, 'en')}`,
  'import.idTooLong': 'id too long (100 characters at most)',
  'import.idTaken': 'id "{value}" already used on row {earlierRow}',
  'import.groupMissing': 'group missing',
  'import.contradicts': '"{value}" contradicts row {earlierRow} of the same group ("{earlier}"): leave this cell empty',
  'import.memberNameMissing': 'member name missing',
  'import.badPhone': 'invalid number "{value}": 6 to 15 digits, spaces and + . - ( ) /',
  'import.groupWithoutMembers': 'group "{group}" has no member: give its size',
  'import.sizeMismatch': 'size {size} but {count} member(s) listed',
  'import.sharedEmail': 'address "{value}" already given on row {earlierRow}',
  'import.memberTwice': '{name} is listed twice in group "{group}" (already on row {earlierRow})',
  'import.unknownExpert': (p: P) => `unknown expert "${p.value}"${suggestion(p, 'en')}`,
  'import.ambiguousExpert': 'several experts answer to "{value}" ({names}): write the first and last name',
  'import.wishedTwice': 'expert "{value}" wished twice',
  'import.badWeight': 'weight "{value}": a whole number from 1 to 10 (10 = most wished)',
  'import.badPriority': 'priority "{value}": a whole number from 1 to 10 (1 = highest)',
  'import.unknownGroup': (p: P) => `unknown group "${p.value}"${suggestion(p, 'en')}`,
  'import.unknownDay': (p: P) =>
    `availability "${p.value}" not understood: write the event's days (${dayList(p, 'en')}), optionally followed by morning, afternoon or evening, joined by "+" or "and" (e.g. "${example(p, 'en')}"), "except …", "day 2", "all", or round ids`,
  'import.noRoundsYet': 'availability "{value}": the event has no round yet; make the rounds before the import, or empty the column',
  'import.noRoundThen': (p: P) => `no round "${p.value}": the rounds take place on ${dayList(p, 'en')}`,
  'import.notADate': (p: P) => `"${p.value}" is not a calendar date: the rounds take place on ${dayList(p, 'en')}`,
  'import.unknownTable': (p: P) => `unknown table "${p.value}"${suggestion(p, 'en')}; the event's tables: ${tableList(p, 'en')}`,
  'import.noTable': 'table "{value}": the event has no table yet; add them before the import',
  'import.linkChange': 'the personal link of {before} would open the page of {after}',
  'import.linkChanged': 'the personal link of {before} now opens the page of {after}',
  'import.linkChangesNeedConfirmation': ({ count }: P) =>
    `${count} personal link${Number(count) > 1 ? 's' : ''} would change hands: check, then confirm the import`,
};

export const IMPORT_MESSAGES = defineMessages({ fr, en });

export type ImportCode = keyof typeof fr;

/** The problem in the reader's language, without its place (shown beside it). */
export function wordProblem(problem: ImportProblem, lang: Lang): string {
  return word({ code: problem.code, params: problem.params }, lang);
}
