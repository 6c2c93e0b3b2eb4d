import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type LinkKind = 'member' | 'expert' | 'group';

/**
 * A personal link: a member's or an expert's page, a group's calendar feed. Kept apart from the
 * people it points to, so that the link survives any edit of the event; organizers can revoke it
 * and issue a new one. One link per person is active at a time. The token itself is never stored
 * in clear (link-seal.ts): its hash finds the link, its sealed copy gives it back to organizers.
 */
@Entity('access_tokens')
@Index(['eventId', 'kind', 'subjectKey'])
@Index('IDX_access_tokens_active', ['eventId', 'kind', 'subjectKey'], { unique: true, where: '"revokedAt" IS NULL' })
export class AccessTokenEntity {
  /** SHA-256 of the token, in hex. */
  @PrimaryColumn('varchar', { length: 64 })
  tokenHash!: string;

  /** The token sealed under the link key (AES-256-GCM, base64url). */
  @Column('varchar', { length: 200 })
  sealedToken!: string;

  @Column('varchar', { length: 36 })
  eventId!: string;

  @Column('varchar', { length: 20 })
  kind!: LinkKind;

  /** The member, expert or group key in the event. */
  @Column('varchar', { length: 100 })
  subjectKey!: string;

  @Column('varchar', { length: 30 })
  createdAt!: string;

  @Column('varchar', { length: 30, nullable: true })
  revokedAt!: string | null;

  /** The token in clear: known in memory only, when it was made, presented or unsealed. */
  token!: string;
}
