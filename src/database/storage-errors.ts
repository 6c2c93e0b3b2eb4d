/**
 * A write the database did not make is an error the organizer sees (503), never a success: the
 * disk is full or the file cannot be written (`storage_unavailable`), or another process held the
 * write lock for longer than the busy timeout (`storage_busy`). In both cases nothing of the
 * change was stored, and trying again once the cause is gone works without a restart.
 */
import { DomainError } from '../common/errors';
import { defineMessages, type Message, message, word } from '../i18n';

export const storageMessages = defineMessages({
  fr: {
    'storage.unavailable': 'la base de données ne peut pas écrire ({cause}) : rien n’a été enregistré ; réessayez quand la place ou l’accès sera revenu',
    'storage.busy': 'base occupée : un autre programme la tient depuis plus de {seconds} s ; rien n’a été enregistré, réessayez dans un instant',
    'storage.bad_busy_timeout': 'DATABASE_BUSY_TIMEOUT_MS : un nombre entier de millisecondes, 1 ou plus, est attendu (reçu « {value} »)',
  },
  en: {
    'storage.unavailable': 'the database cannot write ({cause}): nothing was saved; try again once space or access is back',
    'storage.busy': 'database busy: another program has held it for more than {seconds} s; nothing was saved, try again in a moment',
    'storage.bad_busy_timeout': 'DATABASE_BUSY_TIMEOUT_MS: a whole number of milliseconds, 1 or more, was expected (got "{value}")',
  },
});

export class StorageUnavailableError extends DomainError {
  readonly status = 503;
  readonly code = 'storage_unavailable';

  constructor(readonly reason: string) {
    super(message('storage.unavailable', { cause: reason }));
  }
}

export class StorageBusyError extends DomainError {
  readonly status = 503;
  readonly code = 'storage_busy';

  constructor(readonly busyTimeoutMs: number) {
    super(message('storage.busy', { seconds: Math.round(busyTimeoutMs / 1000) }));
  }
}

export type StorageError = StorageUnavailableError | StorageBusyError;

/** SQLite's result codes for a write the file system refused (sqlite3 puts them in `code`). */
const SQLITE_UNAVAILABLE = new Set(['SQLITE_FULL', 'SQLITE_IOERR', 'SQLITE_READONLY', 'SQLITE_CANTOPEN', 'SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_PROTOCOL']);
const SQLITE_BUSY = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED']);
/** PostgreSQL: insufficient resources (53…), connection lost (08…), server shutting down (57P…); Node's own socket errors. */
const POSTGRES_UNAVAILABLE = /^(53|08|57P)/;
const SOCKET_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);

/** The storage error a driver's failure means, or undefined for any other failure (a bug, a constraint). */
export function storageError(error: unknown, busyTimeoutMs: number): StorageError | undefined {
  if (error instanceof StorageUnavailableError || error instanceof StorageBusyError) return error;
  const driver = (error as { driverError?: { code?: unknown } })?.driverError ?? error;
  const code = String((driver as { code?: unknown })?.code ?? '');
  if (SQLITE_BUSY.has(code)) return new StorageBusyError(busyTimeoutMs);
  if (SQLITE_UNAVAILABLE.has(code) || POSTGRES_UNAVAILABLE.test(code) || SOCKET_ERRORS.has(code)) return new StorageUnavailableError(code);
  return undefined;
}

/** A start-up problem for the operator's console: French, then English on the next line (as the configuration's). */
export function inBothLanguages(said: Message): string {
  return `${word(said, 'fr')}\n${word(said, 'en')}`;
}
