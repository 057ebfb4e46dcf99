// Meilisearch index settings: what is searched, in which order of importance, in Chinese.
import type { Settings } from "meilisearch";

export const LIVE_INDEX = "units";
export const NEXT_INDEX = "units_next";
export const META_INDEX = "site_meta";

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
