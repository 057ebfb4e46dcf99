// The search the site uses: Meilisearch when it answers in time, the embedded engine otherwise, with
// automatic recovery. After a failure, one request at a time probes Meilisearch once the retry pause is
// over (single flight): the others keep answering from the embedded engine instead of each waiting on a
// hung server. /healthz reports "degraded", and why, while it is falling back.
import { Lru } from "../app/lib/lru";
import { asHeard, type QueryUnderstanding, type UnderstoodQuery } from "./query.server";
import { toldOnly, type Relevance } from "./relevance.server";
import type { EngineName, EngineResult, SearchDocument, SearchEngine, SearchHit, SearchParams, SearchResult } from "./types";
import { settings } from "../app/lib/settings.server";
import { matchesFilters } from "./filters";
import { makeSnippet } from "./snippet";
import { askedUnit, asksForFigure, givesInUnit } from "./understanding/figure";
import { normalizeQuery } from "./understanding/normalize";
import { measureUnit } from "./understanding/measures";

/** The first places of a result list go to this many units that cover most of what was asked… */
const PROMOTED = 3;
/** …each covering at least this share of it (the assistant's evidence floor). */
const PROMOTE_MIN = 0.3;
/** Pages are cut from one list; the engine is asked for at most this many matches (Meilisearch's own cap). */
const MAX_WINDOW = 1000;

export interface SearchServiceOptions {
  /** How long one Meilisearch request may take before the embedded engine answers instead. */
  timeoutMs?: number;
  /** After a failure, how long to answer from the embedded engine before trying Meilisearch again. */
  retryAfterMs?: number;
  now?: () => number;
  /** Where an engine failure is reported (kind and status only, never the query). */
  log?: (line: string) => void;
  /** How many primary-engine results to keep (0: none). The index only changes on restart, so they stay valid. */
  cacheSize?: number;
}

export interface SearchHealth {
  engine: EngineName;
  ok: boolean;
  /** Why search is degraded: Meilisearch's last failure ("timeout", "http 401", "unreachable"…), or "meilisearch not connected" (starting, unavailable at start, or SEARCH_ENGINE=embedded). */
  reason?: string;
}

/** What went wrong with a Meilisearch request, without anything of the request itself. */
export function failureKind(error: unknown): string {
  const e = error as { name?: string; cause?: { name?: string; code?: string; response?: { status?: number } }; response?: { status?: number }; httpStatus?: number };
  const status = e?.response?.status ?? e?.httpStatus ?? e?.cause?.response?.status;
  if (status) return `http ${status}`;
  const name = e?.cause?.name ?? e?.name;
  if (name === "TimeoutError" || name === "AbortError") return "timeout";
  if (name === "MeiliSearchRequestError" || e?.cause?.code || name === "TypeError") return "unreachable";
  return "error";
}

export class SearchService {
  private primary?: SearchEngine;
  private failedAt?: number;
  private failure?: string;
  /** A request is asking Meilisearch whether it is back; the others do not wait on it too. */
  private probing = false;
  private readonly log: (line: string) => void;
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
    this.log = options.log ?? ((line) => console.error(line));
    this.cache = new Lru(options.cacheSize ?? settings().SEARCH_CACHE_SIZE);
  }

  /** How the engines read a query (the assistant uses the same reading to pick sentences). */
  understand(q: string): UnderstoodQuery {
    return this.understanding.understand(q);
  }

  /** The subjects a text names (concepts, supports, services, districts), as written in it, longest first. */
  subjects(text: string): string[] {
    const lower = text.toLowerCase();
    return this.understanding
      .understand(text)
      .concepts.flatMap((c) => [c.term, ...c.aliases, ...c.everyday, ...c.en].filter((form) => form && lower.includes(form.toLowerCase())).sort((a, b) => b.length - a.length).slice(0, 1))
      // As written in the text (an English form may differ in case).
      .map((form) => {
        const at = lower.indexOf(form.toLowerCase());
        return text.slice(at, at + form.length);
      })
      .sort((a, b) => b.length - a.length);
  }

  /** Documents covering at least `min` of the question (search/relevance.server.ts). */
  scan(understood: UnderstoodQuery, min: number) {
    return this.relevance.scan(understood, min);
  }

  /** Share (0–1) of the question a piece of text covers (search/relevance.server.ts). */
  coverage(understood: UnderstoodQuery, text: { title: string; text: string; english?: string }): number {
    return this.relevance.coverage(understood, text);
  }

  /** Whether any of the content contains the phrase (search/relevance.server.ts). */
  uses(phrase: string): boolean {
    return this.relevance.used(phrase);
  }

  /** What the question names that a text does not contain (search/relevance.server.ts). */
  uncovered(understood: UnderstoodQuery, text: string): string[] {
    return this.relevance.uncovered(understood, text);
  }

  /** The concepts the question names that a text leaves out (search/relevance.server.ts). */
  missingConcepts(understood: UnderstoodQuery, text: string): { term: string; forms: string[] }[] {
    return this.relevance.missingConcepts(understood, text);
  }

  /** …of those, the ones it asks about, not only tells of in a clause that asks nothing (`toldOnly`). */
  missingAsked(understood: UnderstoodQuery, text: string): { term: string; forms: string[] }[] {
    return this.relevance.missingConcepts(understood, text).filter((c) => !toldOnly(understood.raw, c.forms));
  }

  /** The question as the engines should see it for answering (search/relevance.server.ts). */
  focus(understood: UnderstoodQuery): string {
    return this.relevance.focus(understood);
  }

  /** Makes Meilisearch the primary engine once its index is ready. */
  usePrimary(engine: SearchEngine | undefined): void {
    this.primary = engine;
    this.failedAt = undefined;
    this.failure = undefined;
    this.cache.clear();
  }

  /**
   * Whether this request may ask Meilisearch: always while it is healthy; after a failure, only once the
   * retry pause is over and only one request at a time (it becomes the probe).
   */
  private mayAsk(): "yes" | "probe" | "no" {
    if (this.failedAt === undefined) return "yes";
    if (this.probing || this.now() - this.failedAt < this.retryAfterMs) return "no";
    this.probing = true;
    return "probe";
  }

  private succeeded(): void {
    if (this.failedAt !== undefined) this.log("search: Meilisearch answers again; leaving the embedded engine");
    this.failedAt = undefined;
    this.failure = undefined;
  }

  private failed(error: unknown): void {
    const kind = failureKind(error);
    if (this.failedAt === undefined || kind !== this.failure) this.log(`search: Meilisearch failed (${kind}); answering from the embedded engine, retrying in ${this.retryAfterMs} ms`);
    this.failedAt = this.now();
    this.failure = kind;
  }

  health(): SearchHealth {
    if (!this.primary) return { engine: this.fallback.name, ok: false, reason: "meilisearch not connected" };
    return this.failedAt === undefined ? { engine: this.primary.name, ok: true } : { engine: this.fallback.name, ok: false, reason: `meilisearch ${this.failure}` };
  }

  /**
   * `health()`, checked: after a failure, once the retry pause is over, a health check asks Meilisearch itself.
   * Recovery otherwise waited for the next search, so an idle site (or one whose first query after start was
   * slow) kept reporting itself degraded to its monitor.
   */
  async checkHealth(): Promise<SearchHealth> {
    const primary = this.primary;
    if (primary && this.failedAt !== undefined && this.mayAsk() === "probe") {
      try {
        await primary.search({ q: "残疾人", types: [], page: 1, limit: 1 }, AbortSignal.timeout(this.timeoutMs));
        this.succeeded();
      } catch (error) {
        this.failed(error);
      } finally {
        this.probing = false;
      }
    }
    return this.health();
  }

  /**
   * Search results: the engine's matches, with the first places (`PROMOTED`) given to the units that cover
   * most of what was asked, by the same reading and ordering the assistant and the operator desk use
   * (`ordered`). A description of a situation ("腿脚不方便的老人坐公交") then leads to what it asks about rather
   * than to every unit that shares the category it was read as. Pages are cut from that one list.
   * `remember: false` keeps the answer out of the result cache: the assistant's searches are made from
   * people's questions, which the server does not keep (/privacy).
   */
  async search(params: SearchParams, options: { remember?: boolean } = {}): Promise<SearchResult> {
    const started = performance.now();
    const understood = this.understanding.understand(params.q);
    // Every page is cut from the same list, so the engine is asked for everything up to the page's end.
    const window = params.page === 1 ? params : { ...params, page: 1, limit: Math.min(params.page * params.limit, MAX_WINDOW) };
    const { result, engine } = await this.fromEngines(window, understood, options);
    // A stretch read as another word by its sound is offered back as "您是不是要找…".
    const suggestion = understood.corrections.length ? asHeard(normalizeQuery(params.q), understood) : undefined;
    const answer = { query: params.q, engine, page: params.page, suggestion };
    if (result.total > 0 || params.page > 1) {
      const snippet = (doc: SearchDocument) => makeSnippet(doc.text, understood.terms);
      const promoted = this.ordered(understood, PROMOTE_MIN, result.hits, (doc) => matchesFilters(doc, params))
        .slice(0, PROMOTED)
        .map(({ doc }) => result.hits.find((h) => h.id === doc.id) ?? asHit(doc, snippet(doc), 0));
      const list = currentFirst([...promoted, ...result.hits.filter((h) => !promoted.some((p) => p.id === h.id))], params.current);
      // A promoted unit the engine did not match is one more result.
      const total = result.total + promoted.filter((p) => !result.hits.some((h) => h.id === p.id)).length;
      const hits = list.slice((params.page - 1) * params.limit, params.page * params.limit);
      return { total, hits, ...answer, exact: true, tookMs: elapsed(started) };
    }
    // Nothing matched: never a dead end. The nearest units, labelled as not an exact match.
    const nearest = this.relevance.nearest(understood, (doc) => matchesFilters(doc, params), params.limit);
    const hits = nearest.map((doc) => asHit(doc, makeSnippet(doc.text, understood.terms), 0));
    return { total: hits.length, hits, ...answer, exact: false, tookMs: elapsed(started) };
  }

  /**
   * The units that answer a question (or a caller's words) best, for the assistant and the operator desk:
   * `ordered`, with the engine asked for the question's telling words. Never remembered: made from what
   * people ask.
   */
  async rank(understood: UnderstoodQuery, { min, limit }: { min: number; limit: number }): Promise<{ hit: SearchHit; coverage: number }[]> {
    const focus = this.focus(understood);
    const found = focus ? (await this.fromEngines({ q: focus, types: [], page: 1, limit: 20 }, understood, { remember: false })).result : undefined;
    const engineHits = found?.hits ?? [];
    return this.ordered(understood, min, engineHits, () => true)
      .slice(0, limit)
      .map(({ doc, coverage }) => ({ hit: engineHits.find((h) => h.id === doc.id) ?? asHit(doc, "", coverage), coverage }));
  }

  /**
   * Every unit that covers at least `min` of the question (the content is small enough to read whole),
   * ranked by coverage; among equals, the unit named for a concept asked about, a unit whose title names what
   * was asked, one the engine ranked higher, and, for a question asking for a figure, one that gives one,
   * come first.
   */
  private ordered(understood: UnderstoodQuery, min: number, engineHits: SearchHit[], keep: (doc: SearchDocument) => boolean): { doc: SearchDocument; coverage: number }[] {
    const engineRank = new Map(engineHits.map((h, i) => [h.id, i]));
    const figure = asksForFigure(understood.raw);
    const unit = askedUnit(understood.raw);
    // A figure the question asks for by its name (an English question read by the measure reader) is evidence
    // for the unit that gives it, whatever the question's other words cover. A name read from a question
    // asking no figure is a topic ("Shangcheng District"), not evidence.
    const measured = new Set(figure ? understood.concepts.map((c) => measureUnit(c.id)).filter(Boolean) : []);
    const scanned = this.scan(understood, measured.size ? 0 : min).filter(({ doc, coverage }) => keep(doc) && (coverage >= min || measured.has(doc.id)));
    // When a support or service is asked about by name, another one's page that mentions it in passing (a list
    // of subsidies inside its quote) is about something else. Only a name the person typed counts: a concept
    // read from English or everyday words is a reading, not a name.
    const asked = new Set(understood.concepts.filter((c) => [c.term, ...c.aliases].some((form) => understood.raw.includes(form))).map((c) => c.term));
    const isEntry = (doc: { type: string }) => doc.type === "subsidy" || doc.type === "service";
    const entryAsked = scanned.some(({ doc }) => isEntry(doc) && asked.has(doc.title));
    return scanned
      .map(({ doc, coverage, titleCoverage }) => {
        const rank = engineRank.get(doc.id);
        // A count asked in a measure word ("多少人") is given by a figure in it, not by a rate.
        const text = isEntry(doc) ? doc.text.slice(0, 120) : doc.text;
        const gives = figure && (unit ? givesInUnit(text, unit) : /\d/.test(text)) ? 0.15 : 0;
        const engine = rank === undefined ? 0 : 0.1 / (1 + rank);
        // The page named for exactly what was asked (重度残疾人护理补贴 for 护理补贴) comes before pages that mention it.
        const named = understood.concepts.some((c) => c.term === doc.title) ? 0.2 : 0;
        const elsewhere = entryAsked && isEntry(doc) && !asked.has(doc.title) ? 0.3 : 0;
        return { doc, coverage, order: coverage + 0.3 * titleCoverage + gives + engine + named - elsewhere };
      })
      .sort((a, b) => b.order - a.order);
  }

  /** The engines' answer: Meilisearch when it may be asked and answers in time, else the embedded engine. */
  private async fromEngines(params: SearchParams, understood: UnderstoodQuery, { remember = true }: { remember?: boolean }): Promise<{ result: EngineResult; engine: EngineName }> {
    const primary = this.primary;
    const ask = primary ? this.mayAsk() : "no";
    if (primary && ask !== "no") {
      // The same question is asked again and again (people, the assistant, pages); the answer only changes
      // when the index does, and a new index means a restart. Only Meilisearch's answers are kept, so
      // nothing from a fallback period outlives it.
      const key = JSON.stringify([params.q, params.types, params.district ?? "", params.document ?? "", params.page, params.limit, params.strategy ?? ""]);
      const cached = ask === "yes" ? this.cache.get(key) : undefined;
      if (cached) {
        return { result: cached.result, engine: cached.engine };
      }
      try {
        const result = await primary.search(params, AbortSignal.timeout(this.timeoutMs), understood);
        this.succeeded();
        if (remember) this.cache.set(key, { result, engine: primary.name });
        return { result, engine: primary.name };
      } catch (error) {
        // Unreachable, hung or erroring: answer from the embedded engine and try again shortly.
        this.failed(error);
      } finally {
        if (ask === "probe") this.probing = false;
      }
    }
    return { result: await this.fallback.search(params, undefined, understood), engine: this.fallback.name };
  }
}

interface EngineResultWithName {
  result: EngineResult;
  engine: EngineName;
}

function asHit(doc: SearchDocument, snippet: string, score: number): SearchHit {
  return { id: doc.id, type: doc.type, title: doc.title, headingPath: doc.headingPath, url: doc.url, text: doc.text, documents: doc.documents, snippet, score };
}

/** Hits drawing on a document within its period before those drawing only on others, each group in its order. */
function currentFirst(hits: SearchHit[], current: string[] | undefined): SearchHit[] {
  if (!current?.length) return hits;
  const isCurrent = (hit: SearchHit) => hit.documents.some((d) => current.includes(d));
  return [...hits.filter(isCurrent), ...hits.filter((h) => !isCurrent(h))];
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}
