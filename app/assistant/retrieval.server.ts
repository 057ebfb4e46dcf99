// Step 3: find the content that could answer, through the site search (FAQ, subsidies, services, plan).
import { translator } from "~/lib/translate";
import type { SearchService } from "../../search/service.server";
import type { AskContext } from "./context";
import { factAsked } from "./fact-kinds";
import { finishWithReply } from "./replies.server";

/** Below this share of the question covered, a unit is not evidence (search/relevance.server.ts). */
export const MIN_COVERAGE = 0.4;
/** At most this many units are read for an answer. */
export const MAX_SOURCES = 4;

// Words that show a question is about disability services even when the glossary has no term for it.
const DOMAIN = /残疾|残障|残联|残运|盲|聋|哑|轮椅|辅具|康复|无障碍|低保|托养|补贴|补助|救助|助残|特殊教育|特教|孤独症|自闭症|智障|脑瘫|精神|规划|十四五|十三五|disab|handicap|blind|deaf|wheelchair|autis|rehab/i;

export const QUANTITY = /多少|几|多大|比例|目标|覆盖率|面积|投资|how (many|much|big|large)|what (share|percentage|rate|target)|target|rate\b|floor area|investment/i;

export async function retrieval(context: AskContext, search: SearchService): Promise<void> {
  context.understood = search.understand(context.question);
  const t = translator(context.lang);
  // A question with no sign of disability services (no glossary term, no domain word) is not ours to answer.
  if (!context.understood.concepts.length && !DOMAIN.test(context.question)) return finishWithReply(context, "refused", "off_topic", t);
  context.factAsked = factAsked(context.question);
  const understood = context.understood;
  const focus = search.focus(understood);
  const result = focus ? await search.search({ q: focus, types: [], page: 1, limit: 12, strategy: "last" }) : { hits: [] };
  // Re-rank by how much of the question each unit covers. Among equals, a unit whose title names what was
  // asked, and for "how many / how big" questions one that gives a figure, comes first.
  const quantity = QUANTITY.test(context.question);
  const ranked = result.hits
    .map((hit, rank) => {
      const coverage = search.coverage(understood, hit);
      const titled = search.coverage(understood, { title: hit.title, text: "" });
      const figure = quantity && /\d/.test(hit.type === "subsidy" || hit.type === "service" ? hit.text.slice(0, 120) : hit.text) ? 0.15 : 0;
      return { hit: { ...hit, score: coverage }, rank, order: coverage + 0.3 * titled + figure };
    })
    .filter(({ hit }) => hit.score >= MIN_COVERAGE)
    .sort((a, b) => b.order - a.order || a.rank - b.rank);
  context.hits = ranked.slice(0, MAX_SOURCES).map(({ hit }) => hit);
  if (!context.hits.length) finishWithReply(context, "not_covered", "nothing_found", t);
}
