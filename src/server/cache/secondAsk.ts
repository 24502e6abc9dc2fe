/**
 * Which rendered pages are worth storing (issue #9, memory): a page's own address at once, but
 * an address with a query string (a filter combination, a tracking tag, `?r=<random>`) only
 * when it is asked for a second time. One-off addresses are most of what a query string makes;
 * storing them cost a compression each and pushed useful pages out of the bounded cache.
 */
export class SecondAsk {
  private seen = new Set<string>();
  private readonly capacity: number;

  constructor(capacity = 10_000) {
    this.capacity = capacity;
  }

  /**
   * True when `key` should be stored now. An address asked before stays known (most recent
   * last, the oldest forgotten past `capacity`), so a popular filter is stored again at once
   * after a publish dropped it.
   */
  admit(key: string, search: string): boolean {
    if (!search) return true;
    const known = this.seen.delete(key);
    if (!known && this.seen.size >= this.capacity) this.seen.delete(this.seen.values().next().value!);
    this.seen.add(key);
    return known;
  }
}
