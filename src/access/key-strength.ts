/**
 * Whether a configured organizer key is strong enough to face guesses from the Internet: 32
 * characters at least, and not a guessable pattern: the entropy is estimated from the key's own
 * character frequencies (Shannon, with the Miller–Madow correction for a short sample), so `aaaa…`,
 * `abcabc…` or `passwordpassword…` are refused however long, and a run like `123456` or `aaaaaa` is
 * refused too. A random key passes: `openssl rand -base64 32` is estimated at 198 bits or more;
 * 32 random hexadecimal digits at 94–138 bits, under 100 for one key in 40,000 (one in 1,000
 * without the correction, measured on two million keys), and the message then says what to use.
 */
import { defineMessages, type Message } from '../i18n';

export const MIN_KEY_LENGTH = 32;
export const MIN_KEY_BITS = 100;
/**
 * Six characters in a row, each the one after (or before, or the same as) the previous: 32 random
 * hexadecimal digits hold such a run about once in 13,000 keys (four in a row: once in 50).
 */
const RUN = 6;

defineMessages({
  fr: {
    'config.key_short': 'CARROUSEL_ORGANIZER_KEY : {min} caractères au moins (reçu {length}) ; par exemple : openssl rand -base64 32',
    'config.key_weak': 'CARROUSEL_ORGANIZER_KEY : clé trop prévisible (environ {bits} bits, {min} au moins) ; par exemple : openssl rand -base64 32',
    'config.key_run': 'CARROUSEL_ORGANIZER_KEY : clé trop prévisible (une suite comme « {run} ») ; par exemple : openssl rand -base64 32',
  },
  en: {
    'config.key_short': 'CARROUSEL_ORGANIZER_KEY: {min} characters at least (got {length}); for example: openssl rand -base64 32',
    'config.key_weak': 'CARROUSEL_ORGANIZER_KEY: key too predictable (about {bits} bits, {min} at least); for example: openssl rand -base64 32',
    'config.key_run': 'CARROUSEL_ORGANIZER_KEY: key too predictable (a run like "{run}"); for example: openssl rand -base64 32',
  },
});

/** What is wrong with the key, or undefined when it will do. */
export function weakKey(key: string): Message | undefined {
  const chars = [...key];
  if (chars.length < MIN_KEY_LENGTH) return { code: 'config.key_short', params: { min: MIN_KEY_LENGTH, length: chars.length } };
  const bits = Math.floor(estimatedBits(chars));
  if (bits < MIN_KEY_BITS) return { code: 'config.key_weak', params: { bits, min: MIN_KEY_BITS } };
  const run = runIn(chars);
  if (run) return { code: 'config.key_run', params: { run } };
  return undefined;
}

/** The first RUN characters in a row that step by -1, 0 or +1 code point, all by the same step. */
function runIn(chars: string[]): string | undefined {
  const points = chars.map((c) => c.codePointAt(0)!);
  for (let i = 0; i + RUN <= points.length; i++) {
    const step = points[i + 1] - points[i];
    if (Math.abs(step) > 1) continue;
    let same = true;
    for (let j = i + 2; j < i + RUN && same; j++) same = points[j] - points[j - 1] === step;
    if (same) return chars.slice(i, i + RUN).join('');
  }
  return undefined;
}

/**
 * Shannon entropy of the key's characters, times its length. Counted on the key alone, a random
 * key looks less varied than its alphabet is (32 digits rarely show all 16), so the Miller–Madow
 * term adds back (distinct - 1) / 2 nats.
 */
function estimatedBits(chars: string[]): number {
  const counts = new Map<string, number>();
  for (const c of chars) counts.set(c, (counts.get(c) ?? 0) + 1);
  let perChar = 0;
  for (const n of counts.values()) perChar -= (n / chars.length) * Math.log2(n / chars.length);
  return perChar * chars.length + (counts.size - 1) / (2 * Math.LN2);
}
