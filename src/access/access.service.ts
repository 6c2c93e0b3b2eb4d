/**
 * The organizers' key. Set by CARROUSEL_ORGANIZER_KEY, or made on first start: then only its hash
 * is kept (in the database) and the key itself is shown once, in the start-up message.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { FailureBudget } from '../common/limits';
import { AppConfig } from '../config/app-config';
import { Reads } from '../database/reads';
import { Transactions } from '../database/transactions';
import { SettingEntity } from './setting.entity';

const KEY_HASH = 'organizer_key_sha256';

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/**
 * Wrong keys an address may send: 10 at once, then one every 6 s (10 a minute, against about
 * 3,000 a second answered before). Plenty for an organizer mistyping; 10,000 addresses remembered.
 */
const KEY_FAILURES = { burst: 10, refillMs: 6_000, maxSources: 10_000 };
/**
 * Unknown link tokens an address may try (pages, their streams, questions, calendar feeds,
 * answers): 30 at once, then one a second. A phone reloading a revoked link every few seconds
 * stays well within it; 10,000 addresses remembered.
 */
const LINK_FAILURES = { burst: 30, refillMs: 1_000, maxSources: 10_000 };

@Injectable()
export class AccessService implements OnModuleInit {
  private keyHash?: Buffer;
  /** The key made at this start, to show once; undefined when it was set or made before. */
  newKey?: string;
  /** Wrong keys per address (OrganizerGuard). */
  readonly keyFailures = new FailureBudget(KEY_FAILURES);
  /** Unknown link tokens per address (PagesFront, countUnknownLinks). */
  readonly linkFailures = new FailureBudget(LINK_FAILURES);

  constructor(
    private readonly reads: Reads,
    private readonly transactions: Transactions,
    private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.config.organizerKey) {
      this.keyHash = sha256(this.config.organizerKey);
      return;
    }
    const stored = await this.reads.manager.findOneBy(SettingEntity, { key: KEY_HASH });
    if (stored) {
      this.keyHash = Buffer.from(stored.value, 'hex');
      return;
    }
    const key = randomBytes(24).toString('base64url');
    const hash = sha256(key).toString('hex');
    // Two instances starting at once for the first time: the first key stored is the one, the other is dropped.
    await this.transactions.run((m) => m.createQueryBuilder().insert().into(SettingEntity).values({ key: KEY_HASH, value: hash }).orIgnore().execute());
    const kept = await this.reads.manager.findOneByOrFail(SettingEntity, { key: KEY_HASH });
    this.keyHash = Buffer.from(kept.value, 'hex');
    if (kept.value === hash) this.newKey = key;
  }

  isOrganizerKey(candidate: string | undefined): boolean {
    if (!candidate || !this.keyHash) return false;
    return timingSafeEqual(sha256(candidate), this.keyHash);
  }
}
