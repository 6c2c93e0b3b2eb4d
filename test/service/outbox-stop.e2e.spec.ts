/**
 * A graceful stop (SIGTERM) in the middle of sending: the message being sent is finished and
 * marked, no other is taken, no claim is left behind; after a restart the rest goes, and every
 * e-mail arrives exactly once. A slow SMTP server on loopback (each message takes 300 ms to be
 * accepted) keeps the service busy sending when it is told to stop.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { SQLITE_FILE } from '../../src/database/data-source';
import { AUTH, sample, startApp, type TestApp } from '../support/test-app';
import { until } from '../support/until';

const ACCEPT_MS = 300;

describe('the outbox on a graceful stop', () => {
  const ids: string[] = [];
  let server: SMTPServer;
  let port = 0;
  let t: TestApp;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, _session, callback) => {
        let raw = '';
        stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
        stream.on('end', () =>
          setTimeout(() => {
            ids.push(/^message-id:\s*(\S+)/im.exec(raw)?.[1] ?? '?');
            callback();
          }, ACCEPT_MS),
        );
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    port = (server.server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await t?.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const rows = async (dataDir: string) => {
    const db = await new DataSource({ type: 'sqlite', database: path.join(dataDir, SQLITE_FILE) }).initialize();
    try {
      return (await db.query('SELECT status, claimedBy FROM outbox_messages')) as { status: string; claimedBy: string | null }[];
    } finally {
      await db.destroy();
    }
  };

  it('finishes the message under way, takes no other, leaves no claim, and sends the rest once after a restart', async () => {
    const env = { SMTP_URL: `smtp://127.0.0.1:${port}`, OUTBOX_INTERVAL_MS: '100' };
    t = await startApp(undefined, env);
    if (t.storage.databaseUrl) return; // the file is read below; PostgreSQL runs the same outbox code
    const id = (await t.http.post(`/api/events`).set(AUTH).send(sample('small-1.json')).expect(201)).body.summary.id;
    const preview = (await t.http.get(`/api/events/${id}/member-links/preview`).set(AUTH).expect(200)).body;
    const total = preview.recipients.length;
    expect(total).toBeGreaterThan(8);
    await t.http.post(`/api/events/${id}/member-links/send`).set(AUTH).send({ digest: preview.digest, confirmLocalLinks: true }).expect(200);
    await until('a few e-mails sent', () => (ids.length >= 2 ? true : undefined), 20_000);
    await t.close('SIGTERM');
    const atStop = ids.length;
    const stopped = await rows(t.storage.dataDir);
    // Every message the server accepted is marked sent, none is left claimed, the rest waits.
    expect(stopped.filter((r) => r.status === 'sent')).toHaveLength(atStop);
    expect(stopped.filter((r) => r.status === 'sending' || r.claimedBy)).toEqual([]);
    expect(stopped.filter((r) => r.status === 'pending').length).toBe(total - atStop);
    expect(atStop).toBeLessThan(total);

    t = await startApp(t.storage, env);
    await until('every e-mail', () => (ids.length >= total ? true : undefined), 30_000);
    // Every message marked sent (each is marked once the server accepted it): none is left to go twice.
    await until('every message marked sent', async () => ((await rows(t.storage.dataDir)).every((r) => r.status === 'sent') ? true : undefined), 30_000);
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
  }, 90_000);
});
