/** What the generation jobs say to organizers, in French and in English. */
import { defineMessages, type Message, type MessageParams } from '../i18n';

const generationMessages = defineMessages({
  fr: {
    'generations.already_ended': 'la génération est déjà terminée ({status})',
  },
  en: {
    'generations.already_ended': 'the generation has already ended ({status})',
  },
});

export const generationSaid = (code: keyof typeof generationMessages.fr, params?: MessageParams): Message => ({ code, params });
