// Step 3: find the content that could answer, through the site's one reading of the question. Retrieval
// only retrieves: whether the question is ours to answer is decided by routing, from what is found here.
import type { SearchService } from "../../search/service.server";
import type { AskContext } from "./context";

/** Below this share of the question covered, a unit is not evidence (search/relevance.server.ts). */
const MIN_COVERAGE = 0.3;
/** At most this many units are read for an answer. */
const MAX_SOURCES = 4;

export async function retrieval(context: AskContext, search: SearchService): Promise<void> {
  const understood = (context.understood = search.understand(context.question));
  // The units that answer best, ranked by the site's one reading of the question (search/service.server.ts).
  context.hits = (await search.rank(understood, { min: MIN_COVERAGE, limit: MAX_SOURCES })).map(({ hit, coverage }) => ({ ...hit, score: coverage }));
}
