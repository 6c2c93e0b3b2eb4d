/**
 * Personal links: one unguessable token per member, expert and group of an event, made when first
 * needed, revocable, reissued on demand. A token names one person (or group) of one event: the
 * pages it opens show that person's own data and nothing else.
 */
import { randomBytes } from 'node:crypto';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { type EntityManager, IsNull } from 'typeorm';
import { Clock } from '../common/clock';
import { EVENT_IN_USE_MS } from '../common/event-in-use';
import { ConflictError, NotFoundError } from '../common/errors';
import { AppConfig } from '../config/app-config';
import { Reads } from '../database/reads';
import { Transactions } from '../database/transactions';
import { EventsService } from '../events/events.service';
import { AccessTokenEntity, type LinkKind } from './access-token.entity';
import { LinkMemory } from './link-memory';
import { linkSaid } from './link-messages';
import { LinkSeal, tokenHash } from './link-seal';

export interface PersonalLink {
  kind: LinkKind;
  key: string;
  name: string;
  token: string;
  url: string;
}

/** Where each kind of link leads (pages and feeds are served by their own modules). */
export const LINK_PATHS: Record<LinkKind, (token: string) => string> = {
  member: (t) => `/m/${t}`,
  expert: (t) => `/x/${t}`,
  group: (t) => `/cal/g/${t}.ics`,
};

/** Rows per INSERT: well under SQLite's limit on bound variables. */
const CHUNK = 200;
const keyed = (tokens: AccessTokenEntity[]) => new Map(tokens.map((t) => [`${t.kind}:${t.subjectKey}`, t]));

/** How long a valid token is remembered (another instance's revocation shows after at most this). */
const TOKEN_CACHE_MS = 10_000;
const KEEP_WARM = 'links.keep-warm';

@Injectable()
export class LinksService implements OnApplicationBootstrap {
  private readonly memory: LinkMemory<AccessTokenEntity>;
  private readonly revokedListeners: ((token: string) => void)[] = [];

  constructor(
    private readonly reads: Reads,
    private readonly transactions: Transactions,
    private readonly events: EventsService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly scheduler: SchedulerRegistry,
    private readonly seal: LinkSeal,
  ) {
    events.onRemove((m, eventId) => m.delete(AccessTokenEntity, { eventId }).then(() => undefined));
    const tokens = () => this.reads.manager.getRepository(AccessTokenEntity);
    this.memory = new LinkMemory(
      {
        one: async (token) => {
          const found = await tokens().findOneBy({ tokenHash: tokenHash(token), revokedAt: IsNull() });
          return found ? Object.assign(found, { token }) : undefined;
        },
        ofEvent: async (eventId) => this.opened(await tokens().findBy({ eventId, revokedAt: IsNull() })),
      },
      TOKEN_CACHE_MS,
    );
  }

  /** Registered with the scheduler, which clears it before the service shuts down. */
  onApplicationBootstrap(): void {
    this.scheduler.addInterval(
      KEEP_WARM,
      setInterval(() => this.memory.keepWarm(EVENT_IN_USE_MS), 1000),
    );
  }

  /** Every member's, expert's and group's link, made where missing. */
  async links(eventId: string): Promise<PersonalLink[]> {
    const { instance } = await this.events.instance(eventId);
    const subjects: { kind: LinkKind; key: string; name: string }[] = [
      ...instance.groups.flatMap((g) => (g.members ?? []).map((m) => ({ kind: 'member' as const, key: m.id, name: m.name }))),
      ...instance.experts.map((x) => ({ kind: 'expert' as const, key: x.id, name: x.name })),
      ...instance.groups.map((g) => ({ kind: 'group' as const, key: g.id, name: g.name })),
    ];
    const active = async (m: EntityManager) => this.opened(await m.find(AccessTokenEntity, { where: { eventId, revokedAt: IsNull() } }));
    let byKey = keyed(await active(this.reads.manager));
    if (subjects.some((s) => !byKey.has(`${s.kind}:${s.key}`))) {
      // Two first visits at once make one link each, not two: the one-active-link index lets the
      // first insert win, the other is ignored, and both read what is stored.
      byKey = await this.transactions.run(async (m) => {
        const found = keyed(await active(m));
        const missing = subjects.filter((s) => !found.has(`${s.kind}:${s.key}`)).map((s) => this.newToken(eventId, s.kind, s.key));
        for (let i = 0; i < missing.length; i += CHUNK) {
          await m
            .createQueryBuilder()
            .insert()
            .into(AccessTokenEntity)
            .values(missing.slice(i, i + CHUNK))
            .orIgnore()
            .execute();
        }
        return keyed(await active(m));
      });
    }
    return subjects.map((s) => this.link(s, byKey.get(`${s.kind}:${s.key}`)!.token));
  }

  async linkOf(eventId: string, kind: LinkKind, key: string): Promise<PersonalLink> {
    const found = (await this.links(eventId)).find((l) => l.kind === kind && l.key === key);
    if (!found) throw new NotFoundError(linkSaid('links.not_found', { kind, key }));
    return found;
  }

  /** The token's subject when it is remembered already: no query and no wait (the pages' fast path). */
  known(token: string): AccessTokenEntity | undefined {
    return this.memory.known(token);
  }

  /**
   * The token's event and subject; undefined for an unknown or revoked token. Valid tokens are
   * remembered a few seconds: every page load and live stream asks.
   */
  async resolve(token: string): Promise<AccessTokenEntity | undefined> {
    if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return undefined;
    return this.memory.resolve(token);
  }

  /** Called with each token revoked on this instance, once it is (the live pages close its streams at once). */
  onRevoked(listener: (token: string) => void): void {
    this.revokedListeners.push(listener);
  }

  /** Revokes the subject's current link and makes a new one. */
  async reissue(eventId: string, kind: LinkKind, key: string): Promise<PersonalLink> {
    const current = await this.linkOf(eventId, kind, key);
    const fresh = this.newToken(eventId, kind, key);
    await this.transactions.run(async (m) => {
      const revoked = await m.update(
        AccessTokenEntity,
        { tokenHash: tokenHash(current.token), revokedAt: IsNull() },
        { revokedAt: this.clock.now().toISOString() },
      );
      if (revoked.affected !== 1) {
        throw new ConflictError(linkSaid('links.reissued_meanwhile'));
      }
      await m.insert(AccessTokenEntity, fresh);
    });
    this.memory.revoked(current.token);
    for (const listener of this.revokedListeners) listener(current.token);
    return { ...current, token: fresh.token, url: this.url(kind, fresh.token) };
  }

  private newToken(eventId: string, kind: LinkKind, subjectKey: string): AccessTokenEntity {
    const token = randomBytes(18).toString('base64url');
    return Object.assign(new AccessTokenEntity(), {
      token,
      tokenHash: tokenHash(token),
      sealedToken: this.seal.seal(token),
      eventId,
      kind,
      subjectKey,
      createdAt: this.clock.now().toISOString(),
      revokedAt: null,
    });
  }

  /** Stored links with their tokens unsealed, for the organizers' lists and the memory of valid links. */
  private opened(stored: AccessTokenEntity[]): AccessTokenEntity[] {
    return stored.map((s) => Object.assign(s, { token: this.seal.open(s.sealedToken) }));
  }

  private link(s: { kind: LinkKind; key: string; name: string }, token: string): PersonalLink {
    return { ...s, token, url: this.url(s.kind, token) };
  }

  private url(kind: LinkKind, token: string): string {
    return `${this.config.publicUrl}${LINK_PATHS[kind](token)}`;
  }
}
