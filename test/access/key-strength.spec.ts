import { randomBytes } from 'node:crypto';
import { weakKey } from '../../src/access/key-strength';

describe('weakKey', () => {
  it('takes random keys', () => {
    for (let i = 0; i < 200; i++) {
      expect(weakKey(randomBytes(24).toString('base64url'))).toBeUndefined();
      expect(weakKey(randomBytes(32).toString('base64'))).toBeUndefined();
      expect(weakKey(randomBytes(16).toString('hex'))).toBeUndefined();
    }
  });

  it('refuses short keys, repeated patterns and runs, saying why', () => {
    expect(weakKey('test-organizer-key-0123456789')).toEqual({ code: 'config.key_short', params: { min: 32, length: 29 } });
    expect(weakKey('abc'.repeat(12))?.code).toBe('config.key_weak');
    expect(weakKey('a'.repeat(64))?.code).toBe('config.key_weak');
    expect(weakKey('test-organizer-key-0123456789abcd')).toEqual({ code: 'config.key_run', params: { run: '012345' } });
    expect(weakKey('Zm9vYmFyYmF6cXV4-zyxwvu-Q2hhcmxpZUJy')).toEqual({ code: 'config.key_run', params: { run: 'zyxwvu' } });
  });
});
