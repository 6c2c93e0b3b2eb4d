/**
 * Why an e-mail of the outbox was not sent, as the organizers read it beside each invitation. The
 * outbox stores either one of these codes or, when the mail server refused, the server's own words
 * (an SMTP reply such as « 550 5.1.1 unknown user » is not ours to translate).
 */
import { defineMessages, isKnown, type Lang, word } from '../i18n';

export const OUTBOX_MESSAGES = defineMessages({
  fr: {
    'outbox.no_sender': 'pas envoyé : l’événement n’a pas d’adresse d’organisateur, l’expéditeur de ses messages',
    'outbox.too_late': 'pas envoyé : ce rappel n’aurait plus été vrai ni utile (envoi trop tardif)',
  },
  en: {
    'outbox.no_sender': "not sent: the event has no organizer address, its messages' sender",
    'outbox.too_late': 'not sent: this reminder would no longer have been true or useful (too late)',
  },
});

export type OutboxCode = keyof typeof OUTBOX_MESSAGES.fr;

/** A stored `lastError` in `lang`: a code of this slice worded, anything else (the server's reply) as it is. */
export function sayLastError(lastError: string | null, lang: Lang): string | null {
  return lastError !== null && lastError in OUTBOX_MESSAGES.fr && isKnown(lastError) ? word({ code: lastError }, lang) : lastError;
}
