/** A refusal for now, not for good (429): the client is told when to come back (Retry-After). */
import { defineMessages, type Message } from '../../i18n';
import { DomainError } from '../errors';

export const limitMessages = defineMessages({
  fr: {
    'limits.organizer_key': "trop de clés d'organisateur erronées depuis cette adresse : réessayez dans {seconds} s",
    'limits.link_token': 'trop de liens inconnus depuis cette adresse : réessayez dans {seconds} s',
    'limits.streams': 'trop de pages ouvertes en direct avec ce lien ({max} au plus) : fermez-en une',
    'limits.generations': 'trop de générations en attente ({max}) : réessayez dans {seconds} s',
  },
  en: {
    'limits.organizer_key': 'too many wrong organizer keys from this address: try again in {seconds} s',
    'limits.link_token': 'too many unknown links from this address: try again in {seconds} s',
    'limits.streams': 'too many live pages open with this link ({max} at most): close one',
    'limits.generations': 'too many generations waiting ({max}): try again in {seconds} s',
  },
});

export type LimitCode = keyof typeof limitMessages.fr;

export class TooManyRequestsError extends DomainError {
  readonly status = 429;
  readonly code = 'too_many_requests';
  constructor(
    message: Message & { code: LimitCode },
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}
