/**
 * What the personal pages' script says as it keeps the page up to date, in the page's language:
 * the changes to the reader's own itinerary (templates its script fills with the times, names
 * and tables it reads on the page), and whether the new version is still being loaded.
 */
import { defineMessages, type Lang, word } from '../i18n';

const messages = defineMessages({
  fr: {
    'page.changed.title': 'Votre programme a changé',
    'page.changed.who': 'Votre rencontre de {time} est maintenant avec {who} ({table}).',
    'page.changed.time': 'Votre rencontre de {was} avec {who} est maintenant à {time}.',
    'page.changed.table': 'Votre rencontre de {time} avec {who} a lieu maintenant à {table}.',
    'page.changed.cancelled': 'Votre rencontre de {time} avec {who} est annulée.',
    'page.changed.added': 'Nouvelle rencontre à {time} avec {who} ({table}).',
    'page.close': 'Fermer',
    'page.updating': 'Mise à jour en cours…',
    'page.updateFailed': 'La nouvelle version n’a pas encore pu être chargée : la page montre la version enregistrée. Nouvel essai automatique.',
    'page.copy': 'Copier l’adresse',
    'page.copied': 'Adresse copiée : collez-la dans votre agenda (« Ajouter un agenda » → « À partir de l’URL »).',
    'page.revoked.title': 'Lien remplacé',
    'page.revoked.text':
      'Ce lien personnel a été remplacé par un nouveau : cette page ne se met plus à jour. Demandez votre nouveau lien à l’équipe d’organisation.',
  },
  en: {
    'page.changed.title': 'Your programme has changed',
    'page.changed.who': 'Your {time} meeting is now with {who} ({table}).',
    'page.changed.time': 'Your {was} meeting with {who} is now at {time}.',
    'page.changed.table': 'Your {time} meeting with {who} now takes place at {table}.',
    'page.changed.cancelled': 'Your {time} meeting with {who} is cancelled.',
    'page.changed.added': 'New meeting at {time} with {who} ({table}).',
    'page.close': 'Close',
    'page.updating': 'Updating…',
    'page.updateFailed': 'The new version could not be loaded yet: the page shows the saved version. It will try again by itself.',
    'page.copy': 'Copy the address',
    'page.copied': 'Address copied: paste it into your calendar ("Add calendar" → "From URL").',
    'page.revoked.title': 'Link replaced',
    'page.revoked.text': 'This personal link has been replaced by a new one: this page no longer updates. Ask the organizing team for your new link.',
  },
});

const SCRIPT_TEXTS = [
  'changed.title',
  'changed.who',
  'changed.time',
  'changed.table',
  'changed.cancelled',
  'changed.added',
  'close',
  'updating',
  'updateFailed',
  'copy',
  'copied',
  'revoked.title',
  'revoked.text',
] as const;

/** The texts as the page's body attributes (`data-msg-changed-who`…), each with its {slots} left for the script. */
export function scriptTexts(lang: Lang): Record<string, string> {
  return Object.fromEntries(SCRIPT_TEXTS.map((k) => [`data-msg-${k.replace(/\./g, '-')}`, word({ code: `page.${k}` as keyof typeof messages.fr }, lang)]));
}
