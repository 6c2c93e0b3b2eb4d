import { createHash } from 'node:crypto';
import { weakKey } from '../../src/access/key-strength';

/** The same 2,000 random-looking keys on every run: a test of random keys must not pass or fail by chance. */
const keys = (bytes: number, encoding: 'base64url' | 'base64' | 'hex') =>
  Array.from({ length: 2000 }, (_, i) => createHash('sha512').update(`key ${i}`).digest().subarray(0, bytes).toString(encoding));

describe('weakKey', () => {
  it('takes random keys', () => {
    const refused = (list: string[]) => list.filter((key) => weakKey(key) !== undefined);
    expect(refused(keys(24, 'base64url'))).toEqual([]);
    expect(refused(keys(32, 'base64'))).toEqual([]);
    // 32 hexadecimal digits: one in 1,000 was estimated under 100 bits before the small-sample correction.
    expect(refused(keys(16, 'hex'))).toEqual([]);
  });

  it('refuses short keys, repeated patterns and runs, saying why', () => {
    expect(weakKey('test-organizer-key-0123456789')).toEqual({ code: 'config.key_short', params: { min: 32, length: 29 } });
    expect(weakKey('abc'.repeat(12))?.code).toBe('config.key_weak');
    expect(weakKey('a'.repeat(64))?.code).toBe('config.key_weak');
    expect(weakKey('password'.repeat(4))).toEqual({ code: 'config.key_weak', params: { bits: 92, min: 100 } });
    expect(weakKey('test-organizer-key-0123456789abcd')).toEqual({ code: 'config.key_run', params: { run: '012345' } });
    expect(weakKey('Zm9vYmFyYmF6cXV4-zyxwvu-Q2hhcmxpZUJy')).toEqual({ code: 'config.key_run', params: { run: 'zyxwvu' } });
  });
});
