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
const DOMAIN = /残疾|残障|救助|助残|规划|十四五|十三五|disab|handicap/i;

export const QUANTITY = /多少|几|多大|比例|目标|覆盖率|面积|投资|how (many|much|big|large)|what (share|percentage|rate|target)|target|rate\b|floor area|investment/i;

export async function retrieval(context: AskContext, search: SearchService): Promise<void> {
  context.understood = search.understand(context.question);
  const t = translator(context.lang);
  // A question with no sign of disability services (no concept, no word of one, no domain word) is not ours to answer.
  if (!context.understood.concepts.length && !DOMAIN.test(context.question) && !mentionsSubject(getContent(), context.question)) return finishWithReply(context, "refused", "off_topic", t);
  context.factAsked = factAsked(context.question);
  const understood = context.understood;
  // Candidates: what the engine finds for the question's telling words, and every unit that covers enough
  // of the question (the content is small enough to read whole). Ranked by coverage; among equals, a unit
  // whose title names what was asked, one the engine ranked higher, and for "how many / how big"
  // questions one that gives a figure, come first.
  const focus = search.focus(understood);
  // Not remembered: the focus is made from the person's question (search/service.server.ts).
  const found = focus ? await search.search({ q: focus, types: [], page: 1, limit: 20 }, { remember: false }) : undefined;
  // Only what the engine matched counts; its "nearest" units for an unmatched query are no evidence.
  const engineHits = found?.exact ? found.hits : [];
  const engineRank = new Map(engineHits.map((h, i) => [h.id, i]));
  const quantity = QUANTITY.test(context.question);
  const ranked = search
    .scan(understood, MIN_COVERAGE)
    .map(({ doc, coverage, titleCoverage }) => {
      const rank = engineRank.get(doc.id);
      const figure = quantity && /\d/.test(doc.type === "subsidy" || doc.type === "service" ? doc.text.slice(0, 120) : doc.text) ? 0.15 : 0;
      const engine = rank === undefined ? 0 : 0.1 / (1 + rank);
      return { doc, coverage, order: coverage + 0.3 * titleCoverage + figure + engine };
    })
    .sort((a, b) => b.order - a.order);
  const byId = new Map(engineHits.map((h) => [h.id, h]));
  context.hits = ranked.slice(0, MAX_SOURCES).map(({ doc, coverage }) => ({
    ...(byId.get(doc.id) ?? { id: doc.id, type: doc.type, title: doc.title, headingPath: doc.headingPath, url: doc.url, text: doc.text, snippet: "" }),
    score: coverage,
  }));
  if (!context.hits.length) finishWithReply(context, "not_covered", "nothing_found", t);
}
