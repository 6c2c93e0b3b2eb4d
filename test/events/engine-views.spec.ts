/** The shared engine views: made once per key, the least recently used key leaves first past the capacity. */
import { EngineViews } from '../../src/events/engine-views';

describe('engine views', () => {
  it('makes a value once per key and keeps the most recently used ones', () => {
    const views = new EngineViews<string>(2);
    let made = 0;
    const make = (key: string) => () => `${key}#${++made}`;
    expect(views.get('a@1', make('a@1'))).toBe('a@1#1');
    expect(views.get('a@1', make('a@1'))).toBe('a@1#1');
    views.get('b@1', make('b@1'));
    views.get('a@1', make('a@1'));
    // b@1 is now the least recently used: c@1 pushes it out, a@1 stays.
    views.get('c@1', make('c@1'));
    expect(views.find('b@1')).toBeUndefined();
    expect(views.find('a@1')).toBe('a@1#1');
    expect(made).toBe(3);
  });

  it('treats a new revision as a new key, made afresh', () => {
    const views = new EngineViews<number>(4);
    views.keep('ev@1', 1);
    expect(views.get('ev@2', () => 2)).toBe(2);
    expect(views.find('ev@1')).toBe(1);
  });
});
