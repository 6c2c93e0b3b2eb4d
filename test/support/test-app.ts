/**
 * The whole service for an end-to-end test, run as organizers run it (`node dist/main.js`), on a
 * real database: a fresh SQLite file in a temp folder, or the PostgreSQL of TEST_DATABASE_URL
 * (emptied first). NestJS 12 ships as ES modules, which Jest cannot load in-process; a real process
 * also lets the tests stop the service mid-job, as a crash would.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { onFreePort } from '../../src/cli/free-port';

export const ORGANIZER_KEY = 'CjVF7hNXLqbYM2vpLXbx3vymkY5P-6oM';
export const AUTH = { Authorization: `Bearer ${ORGANIZER_KEY}` };
export const ROOT = path.resolve(__dirname, '../..');
export const SAMPLES = path.resolve(ROOT, 'samples');

/**
 * Job timings for a test that waits for an abandoned generation to be failed: the sweep every
 * 200 ms and a silence of 1 s instead of 2 s and 5 s, so it waits a second, not eight.
 */
export const QUICK_JOBS = { GENERATION_HEARTBEAT_MS: '100', GENERATION_SILENT_MS: '1000', GENERATION_SWEEP_MS: '200' };

export function sample(name: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(SAMPLES, name), 'utf8'));
}

export interface Storage {
  dataDir: string;
  databaseUrl?: string;
}

export interface TestApp {
  url: string;
  http: ReturnType<typeof request>;
  storage: Storage;
  output: () => string;
  /** The service's process, to pause it (SIGSTOP) as a stalled machine would. */
  pid: number;
  /** Stops the service: SIGTERM is a clean stop, SIGKILL a crash. */
  close: (signal?: NodeJS.Signals) => Promise<void>;
}

/**
 * A new data folder, and with TEST_DATABASE_URL a new PostgreSQL database on that server (test
 * files run in parallel: each service gets its own).
 */
export async function freshStorage(): Promise<Storage> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'carrousel-e2e-'));
  const server = process.env.TEST_DATABASE_URL;
  if (!server) return { dataDir };
  const name = `carrousel_e2e_${randomBytes(6).toString('hex')}`;
  const db = await new DataSource({ type: 'postgres', url: server }).initialize();
  await db.query(`CREATE DATABASE ${name}`);
  await db.destroy();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { dataDir, databaseUrl: url.toString() };
}

export async function startApp(storage?: Storage, env: Record<string, string> = {}): Promise<TestApp> {
  const where = storage ?? (await freshStorage());
  // The free port may be taken by another suite's service before this one listens.
  return onFreePort((port) => startOn(port, where, env), /EADDRINUSE/);
}

async function startOn(port: number, where: Storage, env: Record<string, string>): Promise<TestApp> {
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'dist/main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: where.dataDir,
      DATABASE_URL: where.databaseUrl ?? '',
      CARROUSEL_ORGANIZER_KEY: ORGANIZER_KEY,
      CARROUSEL_DEMO: 'false',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 30_000;
  // Ready when this child says it listens: another suite's service may have taken the same free
  // port meanwhile, and would answer a health check in its place.
  while (!output.includes('listens on')) {
    if (child.exitCode !== null) throw new Error(`the service did not start:\n${output}`);
    if (Date.now() > until) throw new Error(`the service did not answer within 30 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    http: request(url),
    storage: where,
    output: () => output,
    pid: child.pid!,
    close: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** Polls a generation job until it has ended. */
export async function waitForJob(t: TestApp, eventId: string, jobId: string, timeoutMs = 30_000): Promise<Record<string, any>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const job = (await t.http.get(`/api/events/${eventId}/generations/${jobId}`).set(AUTH).expect(200)).body;
    if (!['queued', 'running'].includes(job.status)) return job;
    if (Date.now() > until) throw new Error(`job ${jobId} still ${job.status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
