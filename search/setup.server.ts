// Puts search together at start: the embedded engine at once, Meilisearch (bundled or MEILI_URL) in the
// background once its index matches the content version. It is given search documents and the concepts to
// read queries by; turning content into those is the caller's (app/lib/search-documents.ts), so search/
// knows nothing of the content model.
import { EmbeddedEngine } from "./engine/embedded.server";
import { MeilisearchEngine, meiliClient } from "./engine/meilisearch.server";
import { BUNDLED_BINARY, startOrConnect, type RunningMeilisearch } from "./lifecycle.server";
import { understandingForContent, type ConceptSources } from "./query.server";
import { ensureIndexed } from "./reindex.server";
import { Relevance } from "./relevance.server";
import { SearchService, type SearchServiceOptions } from "./service.server";
import type { SearchDocument } from "./types";
import { existsSync } from "node:fs";
import { settings } from "../app/lib/settings.server";

export interface SiteSearch {
  service: SearchService;
  /** Resolves when Meilisearch serves (or when it could not be started: then the embedded engine does). */
  ready: Promise<void>;
  stop(): Promise<void>;
}

/**
 * One query through the whole path before people arrive: the first one otherwise pays for loading the
 * word segmenter's dictionary and Meilisearch's caches (about a second, measured on this machine).
 */
async function warmUp(service: SearchService): Promise<void> {
  try {
    await service.search({ q: "护理补贴 wheelchair", types: [], page: 1, limit: 10 });
  } catch {
    // A failed warm-up changes nothing: the first real query pays instead.
  }
}

/** What search is built from: one document per citable unit, the concepts queries are read by, and the content version. */
export interface SearchInput {
  documents: SearchDocument[];
  concepts: ConceptSources;
  version: string;
}

export function startSearch({ documents, concepts, version }: SearchInput, options: SearchServiceOptions & { log?: (line: string) => void } = {}): SiteSearch {
  const log = options.log ?? ((line: string) => console.log(line));
  const understanding = understandingForContent(concepts, documents);
  const service = new SearchService(new EmbeddedEngine(documents, understanding), understanding, new Relevance(documents), options);
  let meili: RunningMeilisearch | undefined;

  const ready = (async () => {
    const { SEARCH_ENGINE, MEILI_URL } = settings();
    if (SEARCH_ENGINE === "embedded") {
      await warmUp(service);
      log("search: SEARCH_ENGINE=embedded; using the embedded engine only");
      return;
    }
    if (!MEILI_URL && !existsSync(BUNDLED_BINARY)) {
      log("search: no Meilisearch binary for this platform; using the embedded engine");
      return;
    }
    try {
      meili = await startOrConnect();
      const rebuilt = await ensureIndexed(meiliClient(meili), { documents, synonyms: understanding.synonyms(), version });
      service.usePrimary(new MeilisearchEngine(meili, understanding));
      await warmUp(service);
      log(`search: Meilisearch ready (${rebuilt ? "reindexed" : "index current"}, content ${version})`);
    } catch (error) {
      log(`search: Meilisearch unavailable, using the embedded engine: ${(error as Error).message}`);
    }
  })();

  return {
    service,
    ready,
    stop: async () => {
      await ready;
      await meili?.stop();
    },
  };
}
