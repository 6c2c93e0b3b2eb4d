/**
 * Waits until the outbox has sent all it holds: no message pending or being sent, and the SMTP
 * server has received at least as many as the outbox marked sent. Then no e-mail is on its way, and
 * a test counts what arrived exactly, instead of sleeping "long enough" for a late one to come.
 */
import { DataSource, In } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import type { Storage } from './test-app';
import { until } from './until';

export async function untilOutboxSent(storage: Storage, received: () => number, timeoutMs = 20_000): Promise<void> {
  const db = await new DataSource({ ...dataSourceOptions(storage), migrationsRun: false }).initialize();
  try {
    const outbox = db.getRepository('OutboxMessageEntity');
    await until(
      'the outbox to be sent into the inbox',
      async () =>
        ((await outbox.countBy({ status: In(['pending', 'sending']) })) === 0 && received() >= (await outbox.countBy({ status: 'sent' }))) || undefined,
      timeoutMs,
    );
  } finally {
    await db.destroy();
  }
}
