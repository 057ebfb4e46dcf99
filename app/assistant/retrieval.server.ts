// Step 3: find the content that could answer, through the site's one reading of the question. Retrieval
// only retrieves: whether the question is ours to answer is decided by routing, from what is found here.
import { namedConcepts } from "../../search/query.server";
import { isEnglish } from "../../search/understanding/language";
import type { SearchService } from "../../search/service.server";
import type { AskContext } from "./context";
import { namedPart } from "./named-part.server";

/**
 * Below this share of the question covered, a unit is not evidence (search/relevance.server.ts)… A Chinese
 * question's everyday words the content never uses still weigh as missing (at half weight), an English
 * question's are left out: a Chinese question told in a person's own words covers less of itself.
 */
const MIN_COVERAGE = { zh: 0.25, en: 0.3 };
/**
 * …unless it covers this much and contains every concept the question names: a question told in everyday
 * words the content never uses ("脑子不好使的孩子（智力残疾）初中念完了…") still asks about its concepts.
 */
const MIN_NAMED_COVERAGE = 0.2;
/** The evidence a question about an illness the content never names needs. */
const ILLNESS_EVIDENCE = 0.45;
/** At most this many units are read for an answer. */
const MAX_SOURCES = 4;
/** A part of the plan named: this many more candidates are looked through for those in it. */
const IN_PART_LOOK = 3;

/** An illness named by its name (渐冻症, 罕见病): the two characters ending in 症 or 病, as the content would write them. */
const ILLNESS = /\p{Script=Han}(?:症|病)(?![人房床假历友情号])/gu;
/** Words ending in 病 that say someone is ill or sees a doctor, not which illness; 残疾症 is 残疾证 mistyped. */
const BEING_ILL = /^(?:看|生|毛|治|疾|发|得|患|因|大|小|重|有|了|的|是|种|个)[病症]$/;

function illnessesNamed(question: string): string[] {
  return [...question.matchAll(ILLNESS)].map((m) => m[0]).filter((name) => !BEING_ILL.test(name));
}

export async function retrieval(context: AskContext, search: SearchService): Promise<void> {
  const understood = (context.understood = search.understand(context.question));
  const names = namedConcepts(understood).length > 0;
  const minCoverage = isEnglish(context.question) ? MIN_COVERAGE.en : MIN_COVERAGE.zh;
  // The units that answer best, ranked by the site's one reading of the question (search/service.server.ts).
  const part = namedPart(context.question);
  const found = await search.rank(understood, { min: names ? MIN_NAMED_COVERAGE : minCoverage, limit: part ? MAX_SOURCES * IN_PART_LOOK : MAX_SOURCES });
  // A question naming a part of the plan ("保障措施里说…") is answered from that part when it has anything:
  // the same words elsewhere (the review's 市委市政府) answer another question.
  const inPart = part ? found.filter(({ hit }) => part.units.some((u) => u.id === hit.id)) : [];
  const ranked = (inPart.length ? inPart : found).slice(0, MAX_SOURCES);
  // A question about an illness the content never names (渐冻症, 罕见病) asks for support the plan does not
  // describe: only strong evidence answers it, and weak evidence naming every concept asked, which stands for
  // a question told in everyday words, does not.
  const unnamedIllness = illnessesNamed(context.question).some((name) => !search.uses(name));
  context.hits = ranked
    .filter(({ hit, coverage }) => (unnamedIllness ? coverage >= ILLNESS_EVIDENCE : coverage >= minCoverage || !search.missingConcepts(understood, `${hit.title} ${hit.text}`).length))
    .map(({ hit, coverage }) => ({ ...hit, score: coverage }));
}
