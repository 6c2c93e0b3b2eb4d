/** What the personal links refuse, in French and in English. */
import { defineMessages, type Message, type MessageParams } from '../i18n';

const linkMessages = defineMessages({
  fr: {
    'links.not_found': (p: MessageParams) =>
      `${({ member: 'membre', expert: 'expert', group: 'groupe' } as Record<string, string>)[String(p.kind)] ?? String(p.kind)} « ${String(p.key)} » introuvable`,
    'links.reissued_meanwhile': 'ce lien vient d’être renouvelé par quelqu’un d’autre ; rechargez les liens',
  },
  en: {
    'links.not_found': '{kind} "{key}" not found',
    'links.reissued_meanwhile': 'this link was just reissued by someone else; reload the links',
  },
});

export const linkSaid = (code: keyof typeof linkMessages.fr, params?: MessageParams): Message => (params ? { code, params } : { code });
