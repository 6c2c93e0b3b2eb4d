/**
 * Live pages: Server-Sent Events streams that say "a new version is in force" (`schedule`: the page
 * then refetches itself, so there is one way to render), "a question came" (`questions`, to the
 * expert it is for) and "this link was replaced" (`revoked`, then the stream ends). Built to hold
 * thousands of open streams: no timer per connection; one poller for all watched events (another
 * instance's publish reaches the pages within its period) and one heartbeat for all streams, which
 * also closes the streams of links revoked on another instance; a link revoked here closes its
 * streams at once. The periods are settings (LIVE_POLL_MS, LIVE_HEARTBEAT_MS): tests shorten them.
 */
import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AccessTokenEntity } from '../access/access-token.entity';
import { LinksService } from '../access/links.service';
import { PlanEvents } from '../common/plan-events';
import { AppConfig } from '../config/app-config';
import { PlanCache } from './plan-cache.service';

type Subject = Pick<AccessTokenEntity, 'token' | 'kind' | 'subjectKey'>;

@Injectable()
export class LiveHub implements BeforeApplicationShutdown {
  private readonly logger = new Logger(LiveHub.name);
  /** Per event, each open stream and whose link it is. */
  private readonly streams = new Map<string, Map<ServerResponse, Subject>>();
  /** The last version announced per event. */
  private readonly known = new Map<string, number | null>();
  private readonly poller: NodeJS.Timeout;
  private readonly heartbeat: NodeJS.Timeout;
  private polling = false;

  constructor(
    private readonly cache: PlanCache,
    private readonly links: LinksService,
    news: PlanEvents,
    config: AppConfig,
  ) {
    news.on('published', ({ eventId, version }) => this.announce(eventId, version));
    links.onRevoked((token) => this.revoked(token));
    this.poller = setInterval(() => void this.poll(), config.livePollMs).unref();
    this.heartbeat = setInterval(() => void this.beat(), config.liveHeartbeatMs).unref();
  }

  get openStreams(): number {
    let n = 0;
    for (const set of this.streams.values()) n += set.size;
    return n;
  }

  /** Opens a stream for `who`'s page; `since` is the version the page shows (or the browser's Last-Event-ID after a reconnect). */
  async open(who: Subject & { eventId: string }, request: IncomingMessage, response: ServerResponse, since: number | undefined): Promise<void> {
    const { eventId } = who;
    if (!this.known.has(eventId)) this.known.set(eventId, await this.cache.publishedNumber(eventId));
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
      'X-Robots-Tag': 'noindex',
      'Referrer-Policy': 'no-referrer',
    });
    request.socket.setNoDelay(true);
    const current = this.known.get(eventId) ?? null;
    response.write(`retry: 5000\n\n${current !== null && since !== undefined && current > since ? schedule(current) : ''}`);
    const set = this.streams.get(eventId) ?? new Map<ServerResponse, Subject>();
    set.set(response, { token: who.token, kind: who.kind, subjectKey: who.subjectKey });
    this.streams.set(eventId, set);
    request.on('close', () => {
      set.delete(response);
      if (set.size === 0 && this.streams.get(eventId) === set) {
        this.streams.delete(eventId);
        this.known.delete(eventId);
      }
    });
  }

  /** A member asked a question: the page of the expert it is for shows it at once. */
  questionAsked(eventId: string, expertKey: string): void {
    for (const [r, who] of this.streams.get(eventId) ?? [])
      if (who.kind === 'expert' && who.subjectKey === expertKey) r.write('event: questions\ndata: {}\n\n');
  }

  /** A link was replaced here: its open pages are told at once, and their streams end. */
  revoked(token: string): void {
    for (const set of this.streams.values()) for (const [r, who] of set) if (who.token === token) r.end(REVOKED);
  }

  beforeApplicationShutdown(): void {
    clearInterval(this.poller);
    clearInterval(this.heartbeat);
    for (const set of this.streams.values()) for (const r of set.keys()) r.end();
    this.streams.clear();
  }

  /** Idempotent: the same version is announced once. */
  private announce(eventId: string, version: number | null): void {
    if (version === null || this.known.get(eventId) === version) return;
    if (this.streams.has(eventId)) this.known.set(eventId, version);
    for (const r of this.streams.get(eventId)?.keys() ?? []) r.write(schedule(version));
  }

  private async poll(): Promise<void> {
    if (this.polling || this.streams.size === 0) return;
    this.polling = true;
    try {
      for (const eventId of [...this.streams.keys()]) this.announce(eventId, await this.cache.publishedNumber(eventId));
    } catch (error) {
      this.logger.warn(`version poll failed: ${(error as Error).message}`);
    } finally {
      this.polling = false;
    }
  }

  /** Keeps the streams open through proxies, and ends those whose link is no longer valid (each distinct token asked once). */
  private async beat(): Promise<void> {
    const valid = new Map<string, boolean>();
    for (const set of [...this.streams.values()]) {
      for (const [r, who] of [...set]) {
        try {
          if (!valid.has(who.token)) valid.set(who.token, (await this.links.resolve(who.token)) !== undefined);
        } catch (error) {
          this.logger.warn(`link check failed: ${(error as Error).message}`);
          valid.set(who.token, true);
        }
        if (valid.get(who.token)) r.write(':\n\n');
        else r.end(REVOKED);
      }
    }
  }
}

const REVOKED = 'event: revoked\ndata: {}\n\n';

function schedule(version: number): string {
  return `event: schedule\nid: ${version}\ndata: ${JSON.stringify({ version })}\n\n`;
}
