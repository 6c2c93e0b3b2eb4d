/**
 * What the e-mail suites share: the service as a real process on a fresh database, a real SMTP
 * server on loopback it sends to, and a file clock the test moves (CARROUSEL_CLOCK_FILE). The
 * outbox and the reminder jobs run every 100 ms, so a test waits a second, not minutes.
 * `useMailService` starts them before the suite's tests and stops them after.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Mail, readMail } from '../invitations/mail-read';
import { TestInbox } from './mail';
import { AUTH, startApp, type TestApp } from './test-app';
import { until } from './until';

export const MAIL_JOBS = { OUTBOX_INTERVAL_MS: '100', OUTBOX_RETRY_BASE_MS: '300', REMINDERS_INTERVAL_MS: '100' };
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface MailService {
  readonly t: TestApp;
  readonly inbox: TestInbox;
  /** Moves the service's clock. */
  setClock(iso: string): void;
  /** The e-mails received, from the `from`-th on, as the tests read them. */
  mails(from?: number): Mail[];
  /** The e-mails after the first `from`, once `count` of them came and a second of job and outbox runs brought no more. */
  settle(from: number, count: number): Promise<Mail[]>;
  /** Stops the service and starts it again on the same data (a restart, or a crash with SIGKILL). */
  restart(signal?: NodeJS.Signals): Promise<void>;
  /** Imports an event; its id. */
  createEvent(event: object): Promise<string>;
  /** Imports these meetings as a version and publishes it; its number. */
  publish(eventId: string, meetings: object[]): Promise<number>;
}

export function useMailService(options: { clock: string; env?: Record<string, string> }): MailService {
  const inbox = new TestInbox();
  let app: TestApp | undefined;
  let clockFile = '';
  const env = () => ({ ...MAIL_JOBS, ...options.env, SMTP_URL: inbox.url, CARROUSEL_CLOCK_FILE: clockFile });
  const mails = (from = 0) => inbox.messages.slice(from).map(readMail);

  beforeAll(async () => {
    await inbox.start();
    clockFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'carrousel-mail-clock-')), 'now');
    fs.writeFileSync(clockFile, options.clock);
    app = await startApp(undefined, env());
  });
  afterAll(async () => {
    await app?.close();
    await inbox.stop();
  });

  return {
    get t() {
      if (!app) throw new Error('the service is not started yet (use it inside a test)');
      return app;
    },
    inbox,
    setClock: (iso) => fs.writeFileSync(clockFile, iso),
    mails,
    settle: async (from, count) => {
      await until(`${count} e-mails`, () => (inbox.messages.length >= from + count ? true : undefined), 20_000);
      await sleep(1000); // several job and outbox runs: nothing more must come
      return mails(from);
    },
    restart: async (signal) => {
      const storage = app!.storage;
      await app!.close(signal);
      app = await startApp(storage, env());
    },
    createEvent: async (event) => {
      const res = await app!.http.post('/api/events').set(AUTH).send(event);
      // The refusal's fields say what is wrong with the test's event.
      if (res.status !== 201) throw new Error(`the event was refused (${res.status}): ${JSON.stringify(res.body)}`);
      return res.body.summary.id;
    },
    publish: async (eventId, meetings) => {
      const v = await app!.http
        .post(`/api/events/${eventId}/versions`)
        .set(AUTH)
        .send({ format: 'audition-schedule/1', meetings, metrics: { shortfall: 0, wishValue: 0, minGroupShare: 1 } })
        .expect(201);
      await app!.http.post(`/api/events/${eventId}/versions/${v.body.number}/publish`).set(AUTH).expect(201);
      return v.body.number;
    },
  };
}
