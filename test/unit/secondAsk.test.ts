import { describe, expect, it } from 'vitest';
import { SecondAsk } from '../../src/server/cache/secondAsk.ts';

describe('SecondAsk', () => {
  it('stores a plain address at once and a query string from its second request on', () => {
    const ask = new SecondAsk();
    expect(ask.admit('h/it/projects', '')).toBe(true);
    expect(ask.admit('h/it/projects?r=1', '?r=1')).toBe(false);
    expect(ask.admit('h/it/projects?r=2', '?r=2')).toBe(false);
    expect(ask.admit('h/it/projects?r=1', '?r=1')).toBe(true);
    // Still known after being stored: a publish that drops it does not cost two renders again.
    expect(ask.admit('h/it/projects?r=1', '?r=1')).toBe(true);
  });

  it('forgets the address asked least recently once full', () => {
    const ask = new SecondAsk(2);
    ask.admit('a?x', '?x');
    ask.admit('b?x', '?x');
    ask.admit('a?x', '?x'); // a is now the most recent
    ask.admit('c?x', '?x'); // b goes
    expect(ask.admit('b?x', '?x')).toBe(false);
    expect(ask.admit('c?x', '?x')).toBe(true);
  });
});
