// Step 3: find the content that could answer, through the site search (FAQ, subsidies, services, plan).
import { translator } from "~/lib/translate";
import { getContent } from "~/model/load.server";
import { mentionsSubject } from "~/model/said";
import type { SearchService } from "../../search/service.server";
import type { AskContext } from "./context";
import { factAsked } from "./fact-kinds";
import { finishWithReply } from "./replies.server";

/** Below this share of the question covered, a unit is not evidence (search/relevance.server.ts). */
const MIN_COVERAGE = 0.3;
/** At most this many units are read for an answer. */
const MAX_SOURCES = 4;

// Words that show a question is about disability services in general, naming no one concept. The words for
// each concept (轮椅, 看不见, 瞎子, wheelchair…) are in content/ and read from there (mentionsSubject).
const DOMAIN = /残疾|残障|残联|残运|救助|助残|规划|十四五|十三五|disab|handicap/i;

export async function retrieval(context: AskContext, search: SearchService): Promise<void> {
  context.understood = search.understand(context.question);
  const t = translator(context.lang);
  // A question with no sign of disability services (no concept, no word of one, no domain word) is not ours to answer.
  if (!context.understood.concepts.length && !DOMAIN.test(context.question) && !mentionsSubject(getContent(), context.question)) return finishWithReply(context, "refused", "off_topic", t);
  context.factAsked = factAsked(context.question);
  const understood = context.understood;
  // The units that answer best, ranked by the site's one reading of the question (search/service.server.ts).
  context.hits = (await search.rank(understood, { min: MIN_COVERAGE, limit: MAX_SOURCES })).map(({ hit, coverage }) => ({ ...hit, score: coverage }));
  if (!context.hits.length) finishWithReply(context, "not_covered", "nothing_found", t);
}
