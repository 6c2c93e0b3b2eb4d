/** What the events service refuses, in French and in English (the item by its key, never worded twice). */
import { defineMessages, type Message, type MessageParams } from '../i18n';

const eventMessages = defineMessages({
  fr: {
    'events.not_found': 'événement inconnu',
    'events.changed': 'l’événement a changé entre-temps (révision {revision}) ; rechargez-le',
    'events.item_not_found': '{collection} : « {key} » introuvable',
    'events.id_frozen': 'l’identifiant ne peut pas changer',
    'events.invalid_instance': (p: MessageParams) => `instance invalide : ${Number(p.count)} erreur${Number(p.count) > 1 ? 's' : ''}`,
    'events.bad_email': 'adresse e-mail invalide « {email} »',
    'events.bad_emails': (p: MessageParams) => (Number(p.count) > 1 ? `${Number(p.count)} adresses e-mail invalides` : 'une adresse e-mail invalide'),
  },
  en: {
    'events.not_found': 'unknown event',
    'events.changed': 'the event changed meanwhile (revision {revision}); reload it',
    'events.item_not_found': '{collection}: "{key}" not found',
    'events.id_frozen': 'the id cannot change',
    'events.invalid_instance': (p: MessageParams) => `invalid instance: ${Number(p.count)} error${Number(p.count) === 1 ? '' : 's'}`,
    'events.bad_email': 'invalid e-mail address "{email}"',
    'events.bad_emails': (p: MessageParams) => (Number(p.count) === 1 ? 'one invalid e-mail address' : `${Number(p.count)} invalid e-mail addresses`),
  },
});

export const eventSaid = (code: keyof typeof eventMessages.fr, params?: MessageParams): Message => (params ? { code, params } : { code });
