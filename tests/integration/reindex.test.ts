// Reindexing swaps a complete new index in one step: searches during it never fail or see a partial
// index, and a failed rebuild leaves the previous index serving.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MeilisearchEngine, meiliClient } from "../../search/engine/meilisearch.server";
import { LIVE_INDEX } from "../../search/settings";
import { ensureIndexed, indexedVersion, reindex } from "../../search/reindex.server";
import { content, documents, startIndexedMeili, understanding } from "./meili-fixture";

let meili: Awaited<ReturnType<typeof startIndexedMeili>>;

beforeAll(async () => {
  meili = await startIndexedMeili();
}, 60_000);
afterAll(async () => meili?.stop());

const input = () => ({ documents, synonyms: understanding.synonyms(), version: content.version });

describe("reindex", () => {
  it("records the content version and skips a rebuild when nothing changed", async () => {
    const client = meiliClient(meili);
    expect(await indexedVersion(client)).toBe(content.version);
    expect(await ensureIndexed(client, input())).toBe(false);
    expect(await ensureIndexed(client, { ...input(), version: "changed" })).toBe(true);
    expect(await indexedVersion(client)).toBe("changed");
  }, 60_000);

  it("searches during two reindexes all succeed and always see the whole index", async () => {
    const engine = new MeilisearchEngine(meili, understanding);
    const client = meiliClient(meili);
    let rebuilding = true;
    const errors: string[] = [];
    const totals = new Set<number>();
    let searches = 0;
    const load = (async () => {
      while (rebuilding) {
        try {
          const result = await engine.search({ q: "残疾人", types: [], page: 1, limit: 5 });
          totals.add(result.total);
          searches++;
        } catch (error) {
          errors.push((error as Error).message);
        }
      }
    })();
    await reindex(client, { ...input(), version: "load-1" });
    await reindex(client, { ...input(), version: "load-2" });
    rebuilding = false;
    await load;
    expect(errors).toEqual([]);
    expect(searches).toBeGreaterThan(10);
    // Every search saw the complete index: the same number of matches each time.
    expect([...totals]).toHaveLength(1);
  }, 120_000);

  it("a failed rebuild leaves the previous index serving", async () => {
    const client = meiliClient(meili);
    const before = await client.index(LIVE_INDEX).getStats();
    const broken = [...documents, { ...documents[0], id: "not a valid id!" }];
    await expect(reindex(client, { ...input(), documents: broken, version: "broken" })).rejects.toThrow();
    const after = await client.index(LIVE_INDEX).getStats();
    expect(after.numberOfDocuments).toBe(before.numberOfDocuments);
    expect(await indexedVersion(client)).not.toBe("broken");
    const result = await new MeilisearchEngine(meili, understanding).search({ q: "护理补贴", types: [], page: 1, limit: 3 });
    expect(result.hits.length).toBeGreaterThan(0);
  }, 60_000);
});
