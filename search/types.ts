import type { UnderstoodQuery } from "./query.server";

// The search contract shared by both engines, the service, the API and the pages (docs/architecture.md#search).

/** Kinds of search document; each content kind maps to one (app/lib/search-documents.ts). */
export const DOC_TYPES = ["faq", "subsidy", "service", "task", "plan", "table"] as const;
export type DocType = (typeof DOC_TYPES)[number];

export interface SearchDocument {
  id: string;
  type: DocType;
  title: string;
  /** Where the unit sits: chapter heading, then section heading. */
  headingPath: string[];
  /** The unit's full plain text. */
  text: string;
  url: string;
  /** Chapter slug, for filtering. */
  chapter: string;
  /** District names (from facts.yaml) the unit is about; empty when it is city-wide. */
  districts: string[];
  /** The official documents it draws on (its own, for a unit; the ones it quotes, for an entry). */
  documents: string[];
  /** Position in reading order: ties in relevance keep the plan's order. */
  order: number;
  /**
   * The entry's own English (FAQ, subsidies and services have it), for weighing an English question's words
   * that no dictionary turns into the content's Chinese. Not searched by the engines.
   */
  english?: string;
}

export interface SearchParams {
  q: string;
  types: DocType[];
  district?: string;
  /** Only what draws on this document. */
  document?: string;
  /**
   * Documents within their period on the day of the search: among the hits of a page, those that draw on one
   * come before those that draw only on a document that has ended (the status is the caller's, never indexed).
   */
  current?: string[];
  page: number;
  limit: number;
  /**
   * Which words to drop when no unit matches them all: the last ones (search box: the plan's terms come
   * first) or the most common ones (questions: the telling words often come last). Default "last".
   */
  strategy?: "last" | "frequency";
}

export interface SearchHit {
  id: string;
  type: DocType;
  title: string;
  headingPath: string[];
  url: string;
  /** An excerpt with matches wrapped in <mark>…</mark>; everything else is plain text. */
  snippet: string;
  text: string;
  documents: string[];
  /** Relevance from 0 to 1 (Meilisearch's ranking score; the share of query groups matched when embedded). */
  score: number;
}

export type EngineName = "meilisearch" | "embedded";

export interface EngineResult {
  total: number;
  hits: SearchHit[];
}

export interface SearchEngine {
  readonly name: EngineName;
  /** `reading`: the query as the service already understood it, so it is read once per search. */
  search(params: SearchParams, signal?: AbortSignal, reading?: UnderstoodQuery): Promise<EngineResult>;
}

export interface SearchResult extends EngineResult {
  query: string;
  engine: EngineName;
  page: number;
  tookMs: number;
  /**
   * false when nothing matched the query and the hits are only the nearest units (by shared character
   * pairs): the page and the API must say they are not an exact match.
   */
  exact: boolean;
  /** The query as it was read when part of it was taken for a typo (无账碍 → 无障碍): "您是不是要找…". */
  suggestion?: string;
}
