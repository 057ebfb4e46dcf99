// The search the site uses: Meilisearch when it answers in time, the embedded engine otherwise, with
// automatic recovery. /healthz reports "degraded" while it is falling back.
import { Lru } from "../app/lib/lru";
import type { QueryUnderstanding, UnderstoodQuery } from "./query.server";
import type { Relevance } from "./relevance.server";
import type { EngineName, EngineResult, SearchEngine, SearchParams, SearchResult } from "./types";
import { settings } from "../app/lib/settings.server";

export interface SearchServiceOptions {
  /** How long one Meilisearch request may take before the embedded engine answers instead. */
  timeoutMs?: number;
  /** After a failure, how long to answer from the embedded engine before trying Meilisearch again. */
  retryAfterMs?: number;
  now?: () => number;
  /** How many primary-engine results to keep (0: none). The index only changes on restart, so they stay valid. */
  cacheSize?: number;
}

export interface SearchHealth {
  engine: EngineName;
  ok: boolean;
}

export class SearchService {
  private primary?: SearchEngine;
  private failedAt?: number;
  private readonly timeoutMs: number;
  private readonly retryAfterMs: number;
  private readonly now: () => number;
  // Most recently used last; Map keeps insertion order, which makes it a small LRU.
  private readonly cache: Lru<string, EngineResultWithName>;

  constructor(
    private readonly fallback: SearchEngine,
    private readonly understanding: QueryUnderstanding,
    private readonly relevance: Relevance,
    options: SearchServiceOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 800;
    this.retryAfterMs = options.retryAfterMs ?? 1000;
    this.now = options.now ?? Date.now;
    this.cache = new Lru(options.cacheSize ?? settings().SEARCH_CACHE_SIZE);
  }

  /** How the engines read a query (the assistant uses the same reading to pick sentences). */
  understand(q: string): UnderstoodQuery {
    return this.understanding.understand(q);
  }

  /** Share of the question a hit covers, comparable across questions (search/relevance.server.ts). */
  coverage(understood: UnderstoodQuery, hit: { title: string; text: string }): number {
    return this.relevance.coverage(understood, hit);
  }

  /** Documents covering at least `min` of the question (search/relevance.server.ts). */
  scan(understood: UnderstoodQuery, min: number) {
    return this.relevance.scan(understood, min);
  }

  /** The question as the engines should see it for answering (search/relevance.server.ts). */
  focus(understood: UnderstoodQuery): string {
    return this.relevance.focus(understood);
  }

  /** Makes Meilisearch the primary engine once its index is ready. */
  usePrimary(engine: SearchEngine | undefined): void {
    this.primary = engine;
    this.failedAt = undefined;
    this.cache.clear();
  }

  /** Meilisearch failed a moment ago: ask the embedded engine until the retry pause is over. */
  private resting(): boolean {
    return this.failedAt !== undefined && this.now() - this.failedAt < this.retryAfterMs;
  }

  health(): SearchHealth {
    if (!this.primary) return { engine: this.fallback.name, ok: false };
    return this.failedAt === undefined ? { engine: this.primary.name, ok: true } : { engine: this.fallback.name, ok: false };
  }

  /**
   * `health()`, checked: after a failure, once the retry pause is over, a health check asks Meilisearch itself.
   * Recovery otherwise waited for the next search, so an idle site (or one whose first query after start was
   * slow) kept reporting itself degraded to its monitor.
   */
  async checkHealth(): Promise<SearchHealth> {
    const primary = this.primary;
    if (primary && this.failedAt !== undefined && !this.resting()) {
      try {
        await primary.search({ q: "残疾人", types: [], page: 1, limit: 1 }, AbortSignal.timeout(this.timeoutMs));
        this.failedAt = undefined;
      } catch {
        this.failedAt = this.now();
      }
    }
    return this.health();
  }

  /**
   * `remember: false` keeps the answer out of the result cache: the assistant's searches are made from
   * people's questions, which the server does not keep (/privacy).
   */
  async search(params: SearchParams, { remember = true }: { remember?: boolean } = {}): Promise<SearchResult> {
    const started = performance.now();
    const primary = this.primary;
    if (primary && !this.resting()) {
      // The same question is asked again and again (people, the assistant, pages); the answer only changes
      // when the index does, and a new index means a restart. Only Meilisearch's answers are kept, so
      // nothing from a fallback period outlives it.
      const key = JSON.stringify([params.q, params.types, params.district ?? "", params.page, params.limit, params.strategy ?? ""]);
      const cached = this.cache.get(key);
      if (cached) {
        return { ...cached.result, query: params.q, engine: cached.engine, page: params.page, tookMs: elapsed(started) };
      }
      try {
        const result = await primary.search(params, AbortSignal.timeout(this.timeoutMs));
        this.failedAt = undefined;
        if (remember) this.cache.set(key, { result, engine: primary.name });
        return { ...result, query: params.q, engine: primary.name, page: params.page, tookMs: elapsed(started) };
      } catch {
        // Unreachable, hung or erroring: answer from the embedded engine and try again shortly.
        this.failedAt = this.now();
      }
    }
    const result = await this.fallback.search(params);
    return { ...result, query: params.q, engine: this.fallback.name, page: params.page, tookMs: elapsed(started) };
  }
}

interface EngineResultWithName {
  result: EngineResult;
  engine: EngineName;
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}
