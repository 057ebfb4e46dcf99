import { beforeAll, describe, expect, it } from "vitest";
import { EmbeddedEngine } from "../../search/engine/embedded.server";
import { MeilisearchEngine, type MeiliConnection } from "../../search/engine/meilisearch.server";
import type { SearchEngine } from "../../search/types";
import { loadSearchCases, passes } from "../../support/search-eval";
import { content, documents, understanding } from "./meili-fixture";
import { sharedMeilisearch } from "./shared-services";

const quoted = new Map([...content.faq, ...content.subsidies, ...content.services].map((e) => [e.id, e.quotes.map((q) => q.unit)]));
const quotedUnits = (id: string) => quoted.get(id) ?? [];

const cases = loadSearchCases();
let meili: MeiliConnection;

// The shared Meilisearch, indexed with the current content (only searched here).
beforeAll(async () => {
  meili = await sharedMeilisearch();
}, 120_000);

async function run(engine: SearchEngine) {
  const failed: string[] = [];
  for (const c of cases) {
    const result = await engine.search({ q: c.query, types: [], page: 1, limit: Math.max(c.top, 10) });
    if (!passes(c, result.hits, quotedUnits)) failed.push(`${c.id} ${c.query}: ${result.hits.slice(0, c.top).map((h) => h.id).join(", ")}`);
  }
  const rate = (cases.length - failed.length) / cases.length;
  console.log(`${engine.name}: ${cases.length - failed.length}/${cases.length} cases pass (${(100 * rate).toFixed(1)}%)` + (failed.length ? `\n  failed: ${failed.join("\n  failed: ")}` : ""));
  return { rate, failed };
}

describe("search relevance on the project's eval set", () => {
  it("Meilisearch passes every public sample and at least 90% of all cases", async () => {
    const { rate, failed } = await run(new MeilisearchEngine(meili, understanding, content.version));
    expect(failed.filter((f) => /^s\d+ /.test(f))).toEqual([]);
    expect(rate).toBeGreaterThanOrEqual(0.9);
  }, 60_000);

  it("the embedded engine passes at least 85% of all cases", async () => {
    const { rate } = await run(new EmbeddedEngine(documents, understanding));
    expect(rate).toBeGreaterThanOrEqual(0.85);
  }, 60_000);

  it("has at least 40 cases of the project's own besides the public samples", () => {
    expect(cases.filter((c) => c.expect_ids).length).toBeGreaterThanOrEqual(40);
    expect(cases.filter((c) => c.source_any).length).toBe(15);
  });
});
