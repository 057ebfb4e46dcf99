// How the search service orders results, on made-up units with the embedded engine: the units that cover
// most of what was asked take the first places, and pages are cut from one list (nothing repeated, nothing
// skipped).
import { describe, expect, it } from "vitest";
import { EmbeddedEngine } from "../../search/engine/embedded.server";
import { understandingForContent } from "../../search/query.server";
import { Relevance } from "../../search/relevance.server";
import { SearchService } from "../../search/service.server";
import type { SearchDocument } from "../../search/types";

const doc = (id: string, title: string, text: string, order: number): SearchDocument => ({ id, type: "plan", title, text, headingPath: [], url: `/plan/x#${id}`, chapter: "x", districts: [], documents: ["d"], order });

// Many units mention the 蓝天 category; one says what was asked about it (坐车).
const documents = [
  ...Array.from({ length: 7 }, (_, i) => doc(`cat-${i}`, `蓝天第${i}条`, `蓝天人群的第${i}项服务，蓝天人群受益，蓝天蓝天。`, i)),
  doc("ride", "出行", "蓝天人群坐车免费。", 10),
];
const concepts = [{ id: "blue", term: "蓝天人群", aliases: [], everyday: ["蓝蓝的"], en: [] }];
const understanding = understandingForContent({ glossary: concepts, others: [], measures: [], facts: { districts: [] } }, documents);
const service = new SearchService(new EmbeddedEngine(documents, understanding), understanding, new Relevance(documents), { cacheSize: 0, log: () => {} });

describe("search result order", () => {
  it("puts the unit that covers what was asked first, not every unit of the category it was read as", async () => {
    const result = await service.search({ q: "蓝蓝的人 出门坐车要钱吗", types: [], page: 1, limit: 5 });
    expect(result.exact).toBe(true);
    expect(result.hits[0].id).toBe("ride");
  });

  it("cuts every page from the same list: no unit twice, none skipped", async () => {
    const one = await service.search({ q: "蓝天人群 坐车", types: [], page: 1, limit: 8 });
    const pages = [];
    for (const page of [1, 2, 3, 4]) pages.push(...(await service.search({ q: "蓝天人群 坐车", types: [], page, limit: 2 })).hits.map((h) => h.id));
    expect(pages).toEqual(one.hits.map((h) => h.id));
    expect(new Set(pages).size).toBe(pages.length);
  });
});
