/**
 * Waits on the outbox's own rows rather than on the SMTP server, which sees a message before the
 * outbox writes down how it went: a test then counts what arrived exactly, instead of sleeping
 * "long enough" for a late one to come.
 */
import { DataSource, In, MoreThanOrEqual, type Repository } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import type { Storage } from './test-app';
import { until } from './until';

async function withOutbox(storage: Storage, wait: (outbox: Repository<any>) => Promise<unknown>): Promise<void> {
  const db = await new DataSource({ ...dataSourceOptions(storage), migrationsRun: false }).initialize();
  try {
    await wait(db.getRepository('OutboxMessageEntity'));
  } finally {
    await db.destroy();
  }
}

/** No message pending or being sent, and the SMTP server received at least as many as the outbox marked sent. */
export const untilOutboxSent = (storage: Storage, received: () => number, timeoutMs = 20_000) =>
  withOutbox(storage, (outbox) =>
    until(
      'the outbox to be sent into the inbox',
      async () =>
        ((await outbox.countBy({ status: In(['pending', 'sending']) })) === 0 && received() >= (await outbox.countBy({ status: 'sent' }))) || undefined,
      timeoutMs,
    ),
  );

/** Until the outbox's messages of `kind` are as `ok` wants them. */
export const untilOutboxRows = (
  storage: Storage,
  kind: string,
  what: string,
  ok: (rows: { subject: string; status: string }[]) => boolean,
  timeoutMs = 20_000,
) => withOutbox(storage, (outbox) => until(what, async () => ok(await outbox.findBy({ kind })) || undefined, timeoutMs));

/**
 * `count` messages of `kind` refused at least once and back in the outbox, waiting for their retry
 * (with a file clock that stands still, the retry waits until the test moves it).
 */
export const untilOutboxRetrying = (storage: Storage, kind: string, count: number, timeoutMs = 20_000) =>
  withOutbox(storage, (outbox) =>
    until(
      `${count} ${kind} message(s) waiting for a retry`,
      async () => (await outbox.countBy({ kind, status: 'pending', attempts: MoreThanOrEqual(1) })) >= count || undefined,
      timeoutMs,
    ),
  );
