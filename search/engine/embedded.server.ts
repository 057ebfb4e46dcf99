// The in-process engine (MiniSearch over jieba words): the same contract as Meilisearch, used when the
// bundled binary is unavailable and while Meilisearch is unreachable.
import MiniSearch, { type Query, type SearchOptions } from "minisearch";
import { matchesFilters } from "../filters";
import type { QueryUnderstanding, UnderstoodQuery } from "../query.server";
import { segment, segmentForSearch } from "../segment.server";
import { makeSnippet } from "../snippet";
import type { EngineResult, SearchDocument, SearchEngine, SearchParams } from "../types";

type Indexed = SearchDocument & { headingText: string };

export class EmbeddedEngine implements SearchEngine {
  readonly name = "embedded" as const;
  private readonly index: MiniSearch<Indexed>;
  private readonly byId: Map<string, SearchDocument>;

  constructor(
    documents: SearchDocument[],
    private readonly understanding: QueryUnderstanding,
  ) {
    this.byId = new Map(documents.map((d) => [d.id, d]));
    this.index = new MiniSearch<Indexed>({
      fields: ["title", "headingText", "text"],
      storeFields: ["type", "districts", "documents"],
      tokenize: (text) => segmentForSearch(text),
      processTerm: (term) => term.toLowerCase(),
      searchOptions: { boost: { title: 4, headingText: 1.5 }, prefix: false },
    });
    this.index.addAll(documents.map((d) => ({ ...d, headingText: d.headingPath.join(" ") })));
  }

  async search(params: SearchParams, _signal?: AbortSignal, reading?: UnderstoodQuery): Promise<EngineResult> {
    const understood = reading ?? this.understanding.understand(params.q);
    // One group per concept (any of its term and aliases, every word of it) and per remaining word.
    // Like Meilisearch's "last" matching strategy: units matching every group first, then the last
    // group is dropped, and so on, so the plan's terms (first in the query) weigh most.
    const groups: Query[] = [
      ...understood.concepts.map((c): Query => ({ combineWith: "OR", queries: [c.term, ...c.aliases].map((p): Query => ({ combineWith: "AND", queries: [p] })) })),
      // Each remaining word on its own, as Meilisearch splits a phrase into words it can drop one by one.
      ...understood.text
        .split(" ")
        .filter((w) => w && !understood.concepts.some((c) => c.term === w || c.aliases.includes(w)))
        .flatMap((w) => segment(w))
        .map((w): Query => ({ combineWith: "AND", queries: [w] })),
    ];
    const options: SearchOptions = {
      // Latin words of five letters or more may have one typo; Chinese words never (docs/decisions/0004).
      fuzzy: (term) => (/^[a-z]{5,}$/.test(term) ? 1 : false),
      filter: (r) => matchesFilters({ type: r.type, districts: r.districts, documents: r.documents }, params),
    };
    if (params.strategy === "frequency") {
      // Most common first to go: order the groups from rarest to most common, then drop from the end;
      // a group nothing matches goes first of all.
      const frequency = (q: Query) => this.index.search(q, options).length || Infinity;
      groups.sort((a, b) => frequency(a) - frequency(b));
    }
    const seen = new Set<string>();
    const results: string[] = [];
    const scores = new Map<string, number>();
    for (let k = groups.length; k >= 1; k--) {
      for (const r of this.index.search({ combineWith: "AND", queries: groups.slice(0, k) }, options)) {
        const id = String(r.id);
        if (!seen.has(id)) {
          seen.add(id);
          results.push(id);
          scores.set(id, k / groups.length);
        }
      }
    }
    const start = (params.page - 1) * params.limit;
    const hits = results.slice(start, start + params.limit).map((r) => {
      const doc = this.byId.get(r)!;
      return {
        id: doc.id,
        type: doc.type,
        title: doc.title,
        headingPath: doc.headingPath,
        url: doc.url,
        text: doc.text,
        documents: doc.documents,
        snippet: makeSnippet(doc.text, understood.terms),
        score: scores.get(r) ?? 0,
      };
    });
    return { total: results.length, hits };
  }
}
