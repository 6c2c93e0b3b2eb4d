import { FailureBudget } from '../../src/common/limits';

describe('FailureBudget', () => {
  let now = 0;
  const budget = () => new FailureBudget({ burst: 3, refillMs: 1_000, maxSources: 2 }, () => now);
  beforeEach(() => (now = 0));

  it('lets a source fail `burst` times, then makes it wait until a failure is paid back', () => {
    const b = budget();
    for (let i = 0; i < 3; i++) {
      expect(b.waitSeconds('a')).toBe(0);
      b.fail('a');
    }
    expect(b.waitSeconds('a')).toBe(1);
    expect(b.waitSeconds('b')).toBe(0);
    now = 999;
    expect(b.waitSeconds('a')).toBe(1);
    now = 1_000;
    expect(b.waitSeconds('a')).toBe(0);
    b.fail('a');
    expect(b.waitSeconds('a')).toBe(1);
  });

  it('never holds more than maxSources, dropping the longest unused first', () => {
    const b = budget();
    for (let i = 0; i < 3; i++) b.fail('a');
    b.fail('b');
    b.fail('c');
    expect(b.size).toBe(2);
    // `a`, the longest unused, was dropped: it starts again with a full budget.
    expect(b.waitSeconds('a')).toBe(0);
  });
});
