// Step 3: find the content that could answer, through the site's one reading of the question. Retrieval
// only retrieves: whether the question is ours to answer is decided by routing, from what is found here.
import { namedConcepts } from "../../search/query.server";
import type { SearchService } from "../../search/service.server";
import type { AskContext } from "./context";

/** Below this share of the question covered, a unit is not evidence (search/relevance.server.ts)… */
const MIN_COVERAGE = 0.3;
/**
 * …unless it covers this much and contains every concept the question names: a question told in everyday
 * words the content never uses ("脑子不好使的孩子（智力残疾）初中念完了…") still asks about its concepts.
 */
const MIN_NAMED_COVERAGE = 0.2;
/** At most this many units are read for an answer. */
const MAX_SOURCES = 4;

export async function retrieval(context: AskContext, search: SearchService): Promise<void> {
  const understood = (context.understood = search.understand(context.question));
  const names = namedConcepts(understood).length > 0;
  // The units that answer best, ranked by the site's one reading of the question (search/service.server.ts).
  const ranked = await search.rank(understood, { min: names ? MIN_NAMED_COVERAGE : MIN_COVERAGE, limit: MAX_SOURCES });
  context.hits = ranked
    .filter(({ hit, coverage }) => coverage >= MIN_COVERAGE || !search.missingConcepts(understood, `${hit.title} ${hit.text}`).length)
    .map(({ hit, coverage }) => ({ ...hit, score: coverage }));
}
