/** What the personal pages' front answers in plain text (a file or a link not found, an internal error), in the reader's language. */
import { defineMessages, type Lang, word } from '../i18n';

const messages = defineMessages({
  fr: {
    'pages.fileNotFound': 'fichier introuvable',
    'pages.linkNotValid': 'lien non valide',
    'pages.internalError': 'erreur interne',
  },
  en: {
    'pages.fileNotFound': 'file not found',
    'pages.linkNotValid': 'link not valid',
    'pages.internalError': 'internal error',
  },
});

export type FrontCode = keyof typeof messages.fr;

export const frontSaid = (code: FrontCode, lang: Lang): string => word({ code }, lang);
