/**
 * Which tokens are valid links, remembered in memory: every page load and live stream asks, and
 * the database must stay off that path. Free of the framework, so it is tested alone.
 *
 * Everyone opens their link at the same moment (a QR code on the screen at the start of the
 * session): the first link found brings its event's other links into memory with one query,
 * instead of each waiting for its own query behind the others. Another instance's revocation
 * shows after at most the time to live and one reload.
 */
import { TtlCache } from '../common/ttl-cache';

export interface Link {
  token: string;
  eventId: string;
}

export interface LinkStore<L extends Link> {
  /** The valid link with this token, if any. */
  one(token: string): Promise<L | undefined>;
  /** The event's valid links. */
  ofEvent(eventId: string): Promise<L[]>;
}

export class LinkMemory<L extends Link> {
  private readonly links: TtlCache<L | undefined>;
  /** When each event's links were last all brought into memory. */
  private readonly broughtIn = new Map<string, number>();
  /** Events a link of which was asked for since the last `keepWarm`: marked on every load, so nothing more than that. */
  private readonly askedSince = new Set<string>();
  /** When each event was last seen asked for, as of a `keepWarm`: those asked for recently are kept in memory. */
  private readonly lastAsked = new Map<string, number>();
  /** Counts revocations, so that a batch of links read before one is not kept. */
  private revocations = 0;

  constructor(
    private readonly store: LinkStore<L>,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.links = new TtlCache(ttlMs, { now });
  }

  /** The link if it is in memory: no query and no wait (the pages' fast path). Past its time, it is read again in the background. */
  known(token: string): L | undefined {
    const link = this.links.peek(token, () => this.find(token))?.value;
    if (link) this.askedSince.add(link.eventId);
    return link;
  }

  /** The valid link with this token, from memory or the store; an unknown token is not remembered. */
  async resolve(token: string): Promise<L | undefined> {
    const found = await this.links.get(token, () => this.find(token));
    if (found) this.askedSince.add(found.eventId);
    else this.links.delete(token);
    return found;
  }

  /**
   * Reads again, once per time to live, the links of the events whose links were asked for within
   * `activeMs`: after a quiet spell (a break between rounds), a room opening its links at once finds
   * them in memory instead of each load waiting for a query.
   */
  keepWarm(activeMs: number): void {
    const at = this.now();
    for (const eventId of this.askedSince) this.lastAsked.set(eventId, at);
    this.askedSince.clear();
    for (const [eventId, asked] of this.lastAsked) {
      if (at - asked < activeMs) this.bringInEvent(eventId);
      else this.lastAsked.delete(eventId);
    }
  }

  /** The token was revoked here: forget it, and anything read before. */
  revoked(token: string): void {
    this.revocations++;
    this.links.delete(token);
  }

  private async find(token: string): Promise<L | undefined> {
    const found = await this.store.one(token);
    if (found) this.bringInEvent(found.eventId);
    return found;
  }

  /** At most once per time to live per event; a revocation made while the batch is read voids it. */
  private bringInEvent(eventId: string): void {
    const at = this.now();
    if (at - (this.broughtIn.get(eventId) ?? -Infinity) < this.ttlMs) return;
    this.broughtIn.set(eventId, at);
    const revocations = this.revocations;
    this.store.ofEvent(eventId).then(
      (links) => {
        if (this.revocations === revocations) for (const link of links) this.links.offer(link.token, link);
      },
      () => this.broughtIn.delete(eventId),
    );
  }
}
