/**
 * The service's settings, read once from the environment and checked: a wrong value stops the
 * start with every problem listed, rather than failing later in the middle of an event.
 */
import os from 'node:os';
import path from 'node:path';
import { weakKey } from '../access/key-strength';
import { isEmailAddress } from '../common/email-address';
import { word } from '../i18n';

/** Also the injection token of the settings in the Nest container. */
export class AppConfig {
  port!: number;
  /** The address to listen on: 127.0.0.1 behind a proxy on the same machine (deploy/nginx); all addresses when unset. */
  host?: string;
  /** Folder of the SQLite file and other local data. */
  dataDir!: string;
  /** `postgres://…` to share one PostgreSQL database between several instances; else SQLite. */
  databaseUrl?: string;
  /** The organizers' key, when set by the environment (else created on first start). */
  organizerKey?: string;
  /** Base of the links printed and sent (members' and experts' pages, calendar feeds). */
  publicUrl!: string;
  /** Load the Nantes-size sample as a demo event on first start. */
  demo!: boolean;
  /** A file holding the current time, to rehearse an event (see FileClock); else the system clock. */
  clockFile?: string;
  /** SMTP server for invitations and notices, e.g. smtp://user:pass@host:587 (none: emails wait in the outbox). */
  smtpUrl?: string;
  /**
   * MAIL_FROM: the address the e-mails go from when the mail server may not send as the organizers'
   * own address (SPF, DMARC); the organizer is then the Reply-To. Unset: from the organizer.
   */
  mailFrom?: string;
  /** Generations running at once on this instance (GENERATION_WORKERS; default: the cores but one). */
  generationWorkers!: number;
  /** Generations waiting their turn past which a new one is refused with 429 (GENERATION_QUEUE). */
  generationQueue!: number;
  /** Engine time budget for generation jobs when the event sets none. */
  planTimeLimitMs!: number;
  /** How often the outbox job sends due e-mails (OUTBOX_INTERVAL_MS). */
  outboxIntervalMs!: number;
  /** First retry delay of a failed e-mail, doubled at each attempt (OUTBOX_RETRY_BASE_MS). */
  outboxRetryBaseMs!: number;
  /** How often the reminders job looks for reminders due (REMINDERS_INTERVAL_MS). */
  remindersIntervalMs!: number;
  /** A running generation's progress and heartbeat are written this often (GENERATION_HEARTBEAT_MS, 500). */
  generationHeartbeatMs!: number;
  /**
   * A generation whose heartbeat has not moved for this long is abandoned (GENERATION_SILENT_MS,
   * 5,000: ten missed beats, room for a busy instance or database).
   */
  generationSilentMs!: number;
  /** How often each instance looks for abandoned generations (GENERATION_SWEEP_MS, 2,000). */
  generationSweepMs!: number;
  /** How often the live pages' hub reads the version in force, for another instance's publish (LIVE_POLL_MS, 2,000). */
  livePollMs!: number;
  /** How often the live streams get a keep-alive, and their links are checked again (LIVE_HEARTBEAT_MS, 15,000). */
  liveHeartbeatMs!: number;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) problems.push(`${name}: expected a whole number from ${min} to ${max}, got "${raw}"`);
    return n;
  };
  const port = int('PORT', 3000, 0, 65535);
  const planTimeLimitMs = int('PLAN_TIME_LIMIT_MS', 10_000, 100, 600_000);
  const outboxIntervalMs = int('OUTBOX_INTERVAL_MS', 5_000, 50, 3_600_000);
  const outboxRetryBaseMs = int('OUTBOX_RETRY_BASE_MS', 5_000, 10, 3_600_000);
  const remindersIntervalMs = int('REMINDERS_INTERVAL_MS', 30_000, 50, 3_600_000);
  const generationHeartbeatMs = int('GENERATION_HEARTBEAT_MS', 500, 10, 60_000);
  const generationSilentMs = int('GENERATION_SILENT_MS', 5_000, 50, 600_000);
  const generationSweepMs = int('GENERATION_SWEEP_MS', 2_000, 10, 600_000);
  const livePollMs = int('LIVE_POLL_MS', 2_000, 10, 600_000);
  const liveHeartbeatMs = int('LIVE_HEARTBEAT_MS', 15_000, 10, 600_000);
  // A runner alive but slow to write must not look silent: at least two beats fit in the silence.
  if (generationSilentMs < 2 * generationHeartbeatMs)
    problems.push(`GENERATION_SILENT_MS: must be at least twice GENERATION_HEARTBEAT_MS (${generationHeartbeatMs}), got ${generationSilentMs}`);
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl))
    problems.push(`DATABASE_URL: only postgres://… is supported, got "${databaseUrl.replace(/\/\/[^@]*@/, '//***@')}"`);
  const organizerKey = env.CARROUSEL_ORGANIZER_KEY || undefined;
  const weak = organizerKey === undefined ? undefined : weakKey(organizerKey);
  if (weak) problems.push(word(weak, 'en'));
  // One core is left to answer requests while the others run the engine.
  const generationWorkers = int('GENERATION_WORKERS', Math.max(1, os.availableParallelism() - 1), 1, 64);
  const generationQueue = int('GENERATION_QUEUE', 20, 0, 10_000);
  const demo = (env.CARROUSEL_DEMO ?? 'true') !== 'false';
  const mailFrom = env.MAIL_FROM?.trim() || undefined;
  if (mailFrom && !isEmailAddress(mailFrom)) problems.push(`MAIL_FROM: must be an e-mail address such as carrousel@your-city.fr, got "${mailFrom}"`);
  if (problems.length) throw new ConfigError(`invalid configuration:\n  ${problems.join('\n  ')}`);
  return Object.assign(new AppConfig(), {
    port,
    host: env.HOST || undefined,
    dataDir: path.resolve(env.DATA_DIR || 'data'),
    databaseUrl,
    organizerKey,
    publicUrl: (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/$/, ''),
    demo,
    planTimeLimitMs,
    generationWorkers,
    generationQueue,
    clockFile: env.CARROUSEL_CLOCK_FILE || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom,
    outboxIntervalMs,
    outboxRetryBaseMs,
    remindersIntervalMs,
    generationHeartbeatMs,
    generationSilentMs,
    generationSweepMs,
    livePollMs,
    liveHeartbeatMs,
  });
}
