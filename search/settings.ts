// Meilisearch index settings: what is searched, in which order of importance, in Chinese.
import type { Settings } from "meilisearch";

/**
 * One index per published content version (decision 0016): an instance searches the index of the version it
 * serves, so a publish never changes what a running version finds, and a rollback finds its index still there.
 */
export const INDEX_PREFIX = "units_";

/**
 * Raised whenever `meiliSettings` changes how an index matches (2: no everyday or English synonyms, decision
 * 0022). An index is never re-set in place: a data folder holding one built the old way builds a new one under
 * the new name, and the old one is pruned like any version no longer served.
 */
const SETTINGS_REVISION = 2;

export function versionIndex(version: string): string {
  return `${INDEX_PREFIX}${version}_s${SETTINGS_REVISION}`;
}

export function meiliSettings(synonyms: Record<string, string[]>): Settings {
  return {
    // Title first: a unit named for the query beats one that mentions it in passing.
    searchableAttributes: ["title", "headingPath", "text"],
    displayedAttributes: ["id", "type", "title", "headingPath", "text", "url", "chapter", "districts", "documents"],
    filterableAttributes: ["type", "chapter", "districts", "documents"],
    sortableAttributes: ["order"],
    // Ties in relevance keep the plan's reading order.
    rankingRules: ["words", "typo", "proximity", "attribute", "exactness", "order:asc"],
    // Without this Meilisearch guesses the language per document, and short Chinese texts are sometimes
    // taken for Japanese and segmented wrongly (docs/architecture.md#meilisearch-notes).
    localizedAttributes: [{ attributePatterns: ["*"], locales: ["cmn"] }],
    synonyms,
    // Chinese words have no spaces: a "typo" in a 2-character word is another word. Typos are tolerated
    // only in Latin words (docs/decisions/0004-search.md).
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
    pagination: { maxTotalHits: 1000 },
  };
}
