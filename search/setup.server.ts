// Puts search together. The process starts Meilisearch once (bundled, or MEILI_URL) in the background
// (`startBackend`); each content version gets its own search (`searchForVersion`): the embedded engine at
// once, Meilisearch once that version's index is there (decision 0016). It is given search documents and the
// concepts to read queries by; turning content into those is the caller's (app/lib/search-documents.ts), so
// search/ knows nothing of the content model.
import { existsSync } from "node:fs";
import { settings } from "../app/lib/settings.server";
import { EmbeddedEngine } from "./engine/embedded.server";
import { MeilisearchEngine, meiliClient } from "./engine/meilisearch.server";
import { BUNDLED_BINARY, startOrConnect, type RunningMeilisearch } from "./lifecycle.server";
import { understandingForContent, type ConceptSources } from "./query.server";
import { ensureVersionIndex, pruneIndexes } from "./reindex.server";
import { Relevance } from "./relevance.server";
import { SearchService, type SearchServiceOptions } from "./service.server";
import type { SearchDocument } from "./types";

type Log = (line: string) => void;

/** What search is built from: one document per citable unit, the concepts queries are read by, and the content version. */
export interface SearchInput {
  documents: SearchDocument[];
  concepts: ConceptSources;
  version: string;
}

/** The process's Meilisearch: undefined when it is not used or could not be started (the embedded engine serves). */
export interface SearchBackend {
  meilisearch: Promise<RunningMeilisearch | undefined>;
  stop(): Promise<void>;
}

export function startBackend(log: Log = (line) => console.log(line)): SearchBackend {
  const meilisearch = (async () => {
    const { SEARCH_ENGINE, MEILI_URL } = settings();
    if (SEARCH_ENGINE === "embedded") {
      log("search: SEARCH_ENGINE=embedded; using the embedded engine only");
      return undefined;
    }
    if (!MEILI_URL && !existsSync(BUNDLED_BINARY)) {
      log("search: no Meilisearch binary for this platform; using the embedded engine");
      return undefined;
    }
    try {
      return await startOrConnect();
    } catch (error) {
      log(`search: Meilisearch unavailable, using the embedded engine: ${(error as Error).message}`);
      return undefined;
    }
  })();
  return {
    meilisearch,
    stop: async () => {
      await (await meilisearch)?.stop();
    },
  };
}

/** One content version's search. */
export interface VersionSearch {
  version: string;
  service: SearchService;
  /** Resolves when Meilisearch serves this version (or when it cannot: then the embedded engine does). */
  ready: Promise<void>;
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

export function searchForVersion({ documents, concepts, version }: SearchInput, backend: SearchBackend, options: SearchServiceOptions & { log?: Log } = {}): VersionSearch {
  const log = options.log ?? ((line: string) => console.log(line));
  const understanding = understandingForContent(concepts, documents);
  const service = new SearchService(new EmbeddedEngine(documents, understanding), understanding, new Relevance(documents), options);
  const ready = (async () => {
    const meili = await backend.meilisearch;
    if (meili) {
      try {
        const built = await ensureVersionIndex(meiliClient(meili), { documents, synonyms: understanding.synonyms(), version });
        service.usePrimary(new MeilisearchEngine(meili, understanding, version));
        log(`search: Meilisearch ready (${built ? "indexed" : "index current"}, content ${version})`);
      } catch (error) {
        log(`search: Meilisearch unavailable for content ${version}, using the embedded engine: ${(error as Error).message}`);
      }
    }
    await warmUp(service);
  })();
  return { version, service, ready };
}

/** Removes the indexes of versions that are neither served nor kept for a rollback. */
export async function pruneSearch(backend: SearchBackend, keep: string[]): Promise<void> {
  const meili = await backend.meilisearch;
  if (meili) await pruneIndexes(meiliClient(meili), keep);
}
