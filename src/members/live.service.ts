/**
 * Live pages: Server-Sent Events streams that say "a new version is in force" (the page then
 * refetches itself, so there is one way to render). Built to hold thousands of open streams: no
 * timer per connection; one poller for all watched events (another instance's publish reaches the
 * pages within its period) and one heartbeat for all streams.
 */
import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PlanEvents } from '../common/plan-events';
import { PlanCache } from './plan-cache.service';

export const POLL_MS = 2000;
export const HEARTBEAT_MS = 15_000;

@Injectable()
export class LiveHub implements BeforeApplicationShutdown {
  private readonly logger = new Logger(LiveHub.name);
  private readonly streams = new Map<string, Set<ServerResponse>>();
  /** The last version announced per event. */
  private readonly known = new Map<string, number | null>();
  private readonly poller: NodeJS.Timeout;
  private readonly heartbeat: NodeJS.Timeout;
  private polling = false;

  constructor(
    private readonly cache: PlanCache,
    news: PlanEvents,
  ) {
    news.on('published', ({ eventId, version }) => this.announce(eventId, version));
    news.on('timetableChanged', async ({ eventId, reason }) => this.announce(eventId, await this.cache.publishedNumber(eventId), reason, true));
    this.poller = setInterval(() => void this.poll(), POLL_MS).unref();
    this.heartbeat = setInterval(() => this.broadcast(':\n\n'), HEARTBEAT_MS).unref();
  }

  get openStreams(): number {
    let n = 0;
    for (const set of this.streams.values()) n += set.size;
    return n;
  }

  /** Opens a stream; `since` is the version the page shows (or the browser's Last-Event-ID after a reconnect). */
  async open(eventId: string, request: IncomingMessage, response: ServerResponse, since: number | undefined): Promise<void> {
    if (!this.known.has(eventId)) this.known.set(eventId, await this.cache.publishedNumber(eventId));
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache, no-transform', Connection: 'keep-alive',
      'X-Accel-Buffering': 'no', 'X-Robots-Tag': 'noindex', 'Referrer-Policy': 'no-referrer',
    });
    request.socket.setNoDelay(true);
    const current = this.known.get(eventId) ?? null;
    response.write(`retry: 5000\n\n${current !== null && since !== undefined && current > since ? message(current) : ''}`);
    const set = this.streams.get(eventId) ?? new Set<ServerResponse>();
    set.add(response);
    this.streams.set(eventId, set);
    request.on('close', () => {
      set.delete(response);
      if (set.size === 0 && this.streams.get(eventId) === set) {
        this.streams.delete(eventId);
        this.known.delete(eventId);
      }
    });
  }

  beforeApplicationShutdown(): void {
    clearInterval(this.poller);
    clearInterval(this.heartbeat);
    for (const set of this.streams.values()) for (const r of set) r.end();
    this.streams.clear();
  }

  /** Idempotent: the same version is announced once, unless the timetable news carries a reason. */
  private announce(eventId: string, version: number | null, reason?: string, always = false): void {
    if (version === null || (!always && this.known.get(eventId) === version)) return;
    if (this.streams.has(eventId)) this.known.set(eventId, version);
    for (const r of this.streams.get(eventId) ?? []) r.write(message(version, reason));
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

  private broadcast(text: string): void {
    for (const set of this.streams.values()) for (const r of set) r.write(text);
  }
}

function message(version: number, reason?: string): string {
  return `event: schedule\nid: ${version}\ndata: ${JSON.stringify({ version, ...(reason ? { reason } : {}) })}\n\n`;
}
