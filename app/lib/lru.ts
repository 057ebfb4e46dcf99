// A bounded map that forgets the least recently used entry first: the one shape of every in-memory cache on
// the server (search answers, kept pages, static regions, chapter loader data), so each is bounded the same way.
export class Lru<K, V> {
  private readonly entries = new Map<K, V>();

  /** At most `max` entries; 0 or less keeps nothing. */
  constructor(private readonly max: number) {}

  get size(): number {
    return this.entries.size;
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    // Most recently used last, so the oldest is the first to go.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    if (this.max <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }

  clear(): void {
    this.entries.clear();
  }
}
