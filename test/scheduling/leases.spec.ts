/**
 * Leases and claims with two real connections on one SQLite file: two "instances" racing. (The
 * service end-to-end tests run the same code on PostgreSQL in CI.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource, LessThanOrEqual } from 'typeorm';
import { SettingEntity } from '../../src/access/setting.entity';
import { SqliteWriter } from '../../src/database/sqlite-writes';
import { OutboxMessageEntity } from '../../src/invitations/entities/outbox-message.entity';
import { JobLeaseEntity } from '../../src/scheduling/job-lease.entity';
import { claim, Leases, processHolder } from '../../src/scheduling/leases';

describe('leases and claims across instances', () => {
  let dir: string;
  let a: DataSource;
  let b: DataSource;
  const open = (synchronize: boolean) =>
    new DataSource({
      type: 'sqlite',
      database: path.join(dir, 'db.sqlite'),
      enableWAL: true,
      busyErrorRetry: 500,
      busyTimeout: 5000,
      entities: [JobLeaseEntity, OutboxMessageEntity, SettingEntity],
      synchronize,
    }).initialize();

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carrousel-leases-'));
    a = await open(true);
    b = await open(false);
  });
  afterAll(async () => {
    await a.destroy();
    await b.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives a job to one holder until its lease lapses, then to another', async () => {
    const la = new Leases((w) => a.transaction(w));
    const lb = new Leases((w) => b.transaction(w));
    const [ha, hb] = [processHolder(), processHolder()];
    expect(ha).not.toBe(hb);
    const t0 = new Date('2027-03-28T08:00:00Z');
    const at = (s: number) => new Date(t0.getTime() + s * 1000);
    expect(await la.tryLease('job', ha, 10_000, t0)).toBe(true);
    expect(await lb.tryLease('job', hb, 10_000, at(1))).toBe(false);
    expect(await la.tryLease('job', ha, 10_000, at(5))).toBe(true); // renewed until 15 s
    expect(await lb.tryLease('job', hb, 10_000, at(12))).toBe(false);
    expect(await lb.tryLease('job', hb, 10_000, at(15))).toBe(true);
    expect(await la.tryLease('job', ha, 10_000, at(16))).toBe(false);
    await lb.release('job', hb);
    expect(await la.tryLease('job', ha, 10_000, at(17))).toBe(true);
    expect(await lb.tryLease('other', hb, 10_000, at(17))).toBe(true);
  });

  it('lets exactly one of two racing instances claim each row', async () => {
    const now = new Date().toISOString();
    const rows = Array.from({ length: 40 }, (_, i) =>
      Object.assign(new OutboxMessageEntity(), {
        id: `m${i}`,
        eventId: 'e',
        kind: 'notice',
        dedupeKey: `k${i}`,
        uid: null,
        sequence: null,
        subjectKey: null,
        recipient: 'x@example.org',
        recipientName: null,
        sender: null,
        senderName: null,
        subject: 's',
        body: 'b',
        calendar: null,
        method: null,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: now,
        lastError: null,
        claimedBy: null,
        claimedUntil: null,
        createdAt: now,
        sentAt: null,
      }),
    );
    await a.getRepository(OutboxMessageEntity).insert(rows);
    const race = (db: DataSource, holder: string) => {
      const writer = new SqliteWriter(db, 5000);
      const write = writer.run.bind(writer);
      return Promise.all(
        rows.map((r) =>
          write((m) =>
            claim(m, OutboxMessageEntity, { id: r.id }, { status: 'sending', claimedBy: holder, attempts: () => '"attempts" + 1' }, [
              { status: 'pending', nextAttemptAt: LessThanOrEqual(now) },
            ]),
          ),
        ),
      );
    };
    const [wa, wb] = await Promise.all([race(a, 'A'), race(b, 'B')]);
    wa.forEach((won, i) => expect(won !== wb[i]).toBe(true));
    const stored = await a.getRepository(OutboxMessageEntity).find();
    expect(stored.every((r) => r.status === 'sending' && r.attempts === 1)).toBe(true);
    expect(stored.filter((r) => r.claimedBy === 'A').length).toBe(wa.filter(Boolean).length);
    // A claimed row is not claimed again.
    expect(await a.transaction((m) => claim(m, OutboxMessageEntity, { id: 'm0' }, { status: 'sending', claimedBy: 'C' }, [{ status: 'pending' }]))).toBe(false);
  });
});
