/**
 * How the validation layer words a refused input: each message names the field (`{path}`), in
 * French and in English. The codes are data, so tests and clients compare them, not prose.
 */
import { defineMessages, type Message, type MessageParams } from '../../i18n';

export const validationMessages = defineMessages({
  fr: {
    'input.invalid': ({ count }: MessageParams) => (count === 1 ? 'requête invalide : 1 champ à corriger' : `requête invalide : ${count} champs à corriger`),
    'input.json_syntax': '{path} : JSON illisible près de la position {position}',
    'input.json_depth': '{path} : JSON imbriqué sur plus de {max} niveaux (position {position})',
    'input.body_object': '{path} : un objet JSON est attendu',
    'input.required': '{path} : champ obligatoire',
    'input.unknown_field': '{path} : champ inconnu',
    'input.value': '{path} : valeur invalide',
    'input.object': '{path} : un objet est attendu',
    'input.string': '{path} : un texte est attendu',
    'input.integer': '{path} : un nombre entier est attendu',
    'input.boolean': '{path} : vrai ou faux (true, false) est attendu',
    'input.number_finite': '{path} : nombre hors limites',
    'input.number_min': '{path} : au moins {min}',
    'input.number_max': '{path} : au plus {max}',
    'input.length': '{path} : de {min} à {max} caractères',
    'input.too_long': '{path} : {max} caractères au plus',
    'input.too_many': '{path} : {max} éléments au plus',
    'input.one_of': '{path} : une des valeurs {values}',
    'input.email': '{path} : adresse e-mail invalide',
    'input.control_char': '{path} : caractère de contrôle interdit (position {position})',
    'input.format_char': "{path} : caractère invisible ou d'inversion du sens d'écriture interdit (U+{codepoint}, position {position})",
    'input.id_chars': "{path} : un identifiant s'écrit en lettres latines, chiffres et - _ . : # + @ / (« {value} »)",
    'input.wall_time': '{path} : date et heure invalides « {value} » (AAAA-MM-JJTHH:MM, de {minYear} à {maxYear})',
    'input.revision': '{path} : une révision est attendue (un nombre entier), reçu « {value} »',
    'input.whole_number': '{path} : un nombre entier positif est attendu, reçu « {value} »',
  },
  en: {
    'input.invalid': ({ count }: MessageParams) => (count === 1 ? 'invalid request: 1 field to fix' : `invalid request: ${count} fields to fix`),
    'input.json_syntax': '{path}: unreadable JSON near position {position}',
    'input.json_depth': '{path}: JSON nested deeper than {max} levels (position {position})',
    'input.body_object': '{path}: a JSON object is expected',
    'input.required': '{path}: required',
    'input.unknown_field': '{path}: unknown field',
    'input.value': '{path}: invalid value',
    'input.object': '{path}: an object is expected',
    'input.string': '{path}: a text is expected',
    'input.integer': '{path}: a whole number is expected',
    'input.boolean': '{path}: true or false is expected',
    'input.number_finite': '{path}: number out of range',
    'input.number_min': '{path}: at least {min}',
    'input.number_max': '{path}: at most {max}',
    'input.length': '{path}: {min} to {max} characters',
    'input.too_long': '{path}: {max} characters at most',
    'input.too_many': '{path}: {max} items at most',
    'input.one_of': '{path}: one of {values}',
    'input.email': '{path}: invalid e-mail address',
    'input.control_char': '{path}: control character not allowed (position {position})',
    'input.format_char': '{path}: invisible or writing-direction character not allowed (U+{codepoint}, position {position})',
    'input.id_chars': '{path}: an id is written with Latin letters, digits and - _ . : # + @ / ("{value}")',
    'input.wall_time': '{path}: invalid date and time "{value}" (YYYY-MM-DDTHH:MM, {minYear} to {maxYear})',
    'input.revision': '{path}: a revision is expected (a whole number), got "{value}"',
    'input.whole_number': '{path}: a positive whole number is expected, got "{value}"',
  },
});

export type ValidationCode = keyof typeof validationMessages.fr;

/** One refused field: where, and what is wrong there (the message carries the path too). */
export interface InputProblem {
  path: string;
  message: Message;
}

export function problem(path: string, code: ValidationCode, params: MessageParams = {}): InputProblem {
  return { path, message: { code, params: { path, ...params } } };
}
