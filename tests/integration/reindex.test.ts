// Each content version has its own index, built under a name of its own and renamed in one step (decision
// 0016): a version's index is complete or absent, searches of the served version never fail or change while
// another is built, two processes building one version end with one complete index, and old versions' indexes
// are pruned.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MeilisearchEngine, meiliClient } from "../../search/engine/meilisearch.server";
import { ensureVersionIndex, pruneIndexes } from "../../search/reindex.server";
import { versionIndex } from "../../search/settings";
import { content, documents, startIndexedMeili, understanding } from "./meili-fixture";

let meili: Awaited<ReturnType<typeof startIndexedMeili>>;

beforeAll(async () => {
  meili = await startIndexedMeili();
}, 60_000);
afterAll(async () => meili?.stop());

const input = (version: string) => ({ documents, synonyms: understanding.synonyms(), version });
const indexes = async () => (await meiliClient(meili).getIndexes({ limit: 1000 })).results.map((i) => i.uid).sort();

describe("an index per content version", () => {
  it("is built once: asked again for the same version, it is found and not rebuilt", async () => {
    const client = meiliClient(meili);
    expect(await ensureVersionIndex(client, input(content.version))).toBe(false);
    expect(await ensureVersionIndex(client, input("aaaaaaaaaaa1"))).toBe(true);
    expect(await ensureVersionIndex(client, input("aaaaaaaaaaa1"))).toBe(false);
    expect((await client.index(versionIndex("aaaaaaaaaaa1")).getStats()).numberOfDocuments).toBe(documents.length);
  }, 60_000);

  it("searches of the served version all succeed and see its whole index while other versions are built", async () => {
    const engine = new MeilisearchEngine(meili, understanding, content.version);
    const client = meiliClient(meili);
    let building = true;
    const errors: string[] = [];
    const totals = new Set<number>();
    let searches = 0;
    const load = (async () => {
      while (building) {
        try {
          totals.add((await engine.search({ q: "残疾人", types: [], page: 1, limit: 5 })).total);
          searches++;
        } catch (error) {
          errors.push((error as Error).message);
        }
      }
    })();
    await ensureVersionIndex(client, input("bbbbbbbbbbb1"));
    await ensureVersionIndex(client, input("bbbbbbbbbbb2"));
    building = false;
    await load;
    expect(errors).toEqual([]);
    expect(searches).toBeGreaterThan(10);
    expect([...totals]).toHaveLength(1);
  }, 120_000);

  it("two processes building the same version at once end with one complete index and nothing left over", async () => {
    const client = meiliClient(meili);
    const built = await Promise.all([ensureVersionIndex(client, input("ccccccccccc1")), ensureVersionIndex(meiliClient(meili), input("ccccccccccc1"))]);
    expect(built.filter(Boolean).length).toBeLessThanOrEqual(1);
    expect((await client.index(versionIndex("ccccccccccc1")).getStats()).numberOfDocuments).toBe(documents.length);
    expect((await indexes()).filter((uid) => uid.includes("_building_"))).toEqual([]);
  }, 60_000);

  it("a failed build leaves no index under the version's name, and the served version keeps serving", async () => {
    const client = meiliClient(meili);
    const broken = [...documents, { ...documents[0], id: "not a valid id!" }];
    await expect(ensureVersionIndex(client, { ...input("ddddddddddd1"), documents: broken })).rejects.toThrow();
    expect(await indexes()).not.toContain(versionIndex("ddddddddddd1"));
    expect((await indexes()).filter((uid) => uid.includes("_building_"))).toEqual([]);
    const result = await new MeilisearchEngine(meili, understanding, content.version).search({ q: "护理补贴", types: [], page: 1, limit: 3 });
    expect(result.hits.length).toBeGreaterThan(0);
  }, 60_000);

  it("pruning keeps the versions asked for and deletes the other versions' indexes", async () => {
    await pruneIndexes(meiliClient(meili), [content.version, "ccccccccccc1"]);
    expect((await indexes()).filter((uid) => uid.startsWith("units_"))).toEqual([versionIndex(content.version), versionIndex("ccccccccccc1")].sort());
  }, 60_000);
});
