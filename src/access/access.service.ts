/**
 * The organizers' key. Set by CARROUSEL_ORGANIZER_KEY, or made on first start: then only its hash
 * is kept (in the database) and the key itself is shown once, in the start-up message.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { Reads } from '../database/reads';
import { Transactions } from '../database/transactions';
import { SettingEntity } from './setting.entity';

const KEY_HASH = 'organizer_key_sha256';

const sha256 = (text: string) => createHash('sha256').update(text).digest();

@Injectable()
export class AccessService implements OnModuleInit {
  private keyHash?: Buffer;
  /** The key made at this start, to show once; undefined when it was set or made before. */
  newKey?: string;

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
