/** The engine's catalogue: its slices, and the English it writes into the exchange format. */
import { CONFLICT_MESSAGES } from './conflicts';
import { LOAD_MESSAGES } from './load';
import { type Message, type Messages, wordIn } from './message';
import { RULE_MESSAGES } from './rules';
import { UNMET_MESSAGES } from './unmet';

export * from './message';

export const ENGINE_MESSAGES: Messages = {
  fr: { ...CONFLICT_MESSAGES.fr, ...LOAD_MESSAGES.fr, ...RULE_MESSAGES.fr, ...UNMET_MESSAGES.fr },
  en: { ...CONFLICT_MESSAGES.en, ...LOAD_MESSAGES.en, ...RULE_MESSAGES.en, ...UNMET_MESSAGES.en },
};

/** The exchange format's and the command line's language. */
export const inEnglish = (msg: Message): string => wordIn(ENGINE_MESSAGES, msg, 'en');
