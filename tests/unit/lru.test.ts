import { expect, it } from "vitest";
import { Lru } from "~/lib/lru";

it("forgets the least recently used entry first, and keeps nothing with a size of 0", () => {
  const lru = new Lru<string, number>(2);
  lru.set("a", 1);
  lru.set("b", 2);
  expect(lru.get("a")).toBe(1); // a is now the most recent
  lru.set("c", 3);
  expect(lru.has("b")).toBe(false);
  expect([lru.get("a"), lru.get("c"), lru.size]).toEqual([1, 3, 2]);
  const none = new Lru<string, number>(0);
  none.set("a", 1);
  expect(none.size).toBe(0);
});
