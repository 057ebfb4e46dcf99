// Searches the Meilisearch index of one content version.
import { Meilisearch, type SearchParams as MeiliSearchParams } from "meilisearch";
import { meiliFilter } from "../filters";
import type { QueryUnderstanding, UnderstoodQuery } from "../query.server";
import { versionIndex } from "../settings";
import { MARK_CLOSE, MARK_OPEN, escapeHtml, sanitizeMarked } from "../snippet";
import type { EngineResult, SearchDocument, SearchEngine, SearchParams } from "../types";

export interface MeiliConnection {
  url: string;
  apiKey: string;
}

export function meiliClient({ url, apiKey }: MeiliConnection, timeoutMs?: number): Meilisearch {
  return new Meilisearch({
    host: url,
    apiKey,
    timeout: timeoutMs,
    // A kept-alive connection with compression adds ~44 ms per search here (docs/architecture.md#meilisearch-notes).
    requestInit: { headers: { "Accept-Encoding": "identity" } },
  });
}

type Formatted = SearchDocument & { _formatted?: Partial<Record<keyof SearchDocument, string>>; _rankingScore?: number };

export class MeilisearchEngine implements SearchEngine {
  readonly name = "meilisearch" as const;
  private readonly client: Meilisearch;

  private readonly index: string;

  constructor(
    connection: MeiliConnection,
    private readonly understanding: QueryUnderstanding,
    version: string,
  ) {
    this.client = meiliClient(connection);
    this.index = versionIndex(version);
  }

  async search(params: SearchParams, signal?: AbortSignal, reading?: UnderstoodQuery): Promise<EngineResult> {
    const understood = reading ?? this.understanding.understand(params.q);
    const response = await this.client.index<SearchDocument>(this.index).search<Formatted, MeiliSearchParams & { page: number; hitsPerPage: number }>(
      understood.text,
      {
        filter: meiliFilter(params),
        page: params.page,
        hitsPerPage: params.limit,
        attributesToCrop: ["text"],
        cropLength: 45,
        cropMarker: "…",
        attributesToHighlight: ["text"],
        highlightPreTag: MARK_OPEN,
        highlightPostTag: MARK_CLOSE,
        locales: ["cmn"],
        matchingStrategy: params.strategy ?? "last",
        showRankingScore: true,
      },
      { signal },
    );
    return {
      total: response.totalHits ?? response.hits.length,
      hits: response.hits.map((hit) => ({
        id: hit.id,
        type: hit.type,
        title: hit.title,
        headingPath: hit.headingPath,
        url: hit.url,
        text: hit.text,
        documents: hit.documents,
        snippet: hit._formatted?.text ? sanitizeMarked(hit._formatted.text) : escapeHtml(hit.text.slice(0, 90)),
        score: hit._rankingScore ?? 0,
      })),
    };
  }
}
