// Step 4 (default): an answer made only of the content's own words. It leads with the direct answer (an
// FAQ's or subsidy's plain answer, or the plan's own clause that carries what was asked), then quotes the
// plan, each quote one contiguous span of one unit. A kind of fact asked for (an investment, an amount…)
// is looked for across the whole plan before the answer says the plan does not give it.
import type { Lang } from "~/i18n";
import { translator } from "~/lib/translate";
import { getContent } from "~/model/load.server";
import { reportsPast, rowCellsAsked, rowName, type CitableUnit } from "~/model/plan";
import type { SearchService } from "../../search/service.server";
import { asksForFigure } from "../../search/understanding/figure";
import { answerText, type AnswerPart, type AskContext, type Citation, type FactKind } from "./context";
import { factAsked } from "./fact-kinds";
import { findFact, type FoundFact } from "./facts.server";
import { hotlineNumber } from "./hotline.server";
import { conceptSentence, detailSentence, figureSentence } from "./picks.server";
import { leadClause } from "./sentences";
import { sourceFor, unitCitation, type Source } from "./sources.server";

function uniqueCitations(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.id}\u0000${c.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const numbersOf = (text: string) => text.match(/\d+(?:\.\d+)?%?/g) ?? [];
// Quotation marks inside a quote become single ones, as Chinese typesetting nests them (“‘残疾人之家’覆盖率…”).
const quoted = (text: string): AnswerPart => ({ text: `“${text.replace(/“/g, "‘").replace(/”/g, "’")}”`, lang: "zh-CN" });

function sources(context: AskContext): Source[] {
  const terms = context.understood?.terms ?? [];
  return context.hits.flatMap((hit) => sourceFor(hit, terms, context.question) ?? []);
}

/** Whether every cited unit reports the period before the plan (2016–2020). */
function allPast(citations: Citation[]): boolean {
  const units = getContent().units;
  return citations.length > 0 && citations.every((c) => {
    const unit = units.get(c.id);
    return unit !== undefined && reportsPast(unit);
  });
}

/** For a table row, the cells the question asks for, as one short sentence ("…：总投资 (万元) 18500。"). */
function rowLead(unit: CitableUnit, question: string, lang: Lang, kind?: FactKind): AnswerPart[] {
  if (unit.kind !== "row" || lang !== "zh-CN") return [];
  // The kind of fact asked names its column even when the question does not (花多少钱 → 总投资).
  const cells = rowCellsAsked(unit, `${question} ${kind === "investment" ? "投资" : kind === "area" ? "面积" : ""}`);
  return cells.length ? [{ text: `${rowName(unit)}：${cells.join("，")}。`, lang }] : [];
}

/** The plan states the kind of fact asked: lead with it, framed by its period. */
function answerWithFact(context: AskContext, fact: FoundFact, lang: Lang): void {
  const t = translator(lang);
  const citation = unitCitation(fact.unit.id, fact.sentence);
  const past = reportsPast(fact.unit);
  context.status = "answered";
  context.parts = [...rowLead(fact.unit, context.question, lang, context.factAsked), { text: t(past ? "assistant.pastSays" : "assistant.planSays"), lang }, quoted(fact.sentence)];
  if (!past) context.parts.push({ text: t("assistant.planPeriod", { hotline: hotlineNumber() }), lang });
  context.citations = [citation];
}

/** The plan does not state the kind of fact asked: say so, name the closest plan text, hand over to 12345. */
function notGiven(context: AskContext, top: Source, lang: Lang): void {
  const t = translator(lang);
  const citations = uniqueCitations(top.citations).slice(0, 3);
  context.status = "not_covered";
  context.parts = [{ text: t(`assistant.missing.${context.factAsked}`), lang }];
  // The closest content is named by the plan unit it quotes, never by an FAQ question or an editor's title.
  if (citations[0]) context.parts.push({ text: t("assistant.relatedIs", { title: citations[0].title }), lang });
  context.parts.push({ text: t("assistant.askHotline", { hotline: hotlineNumber() }), lang });
  context.citations = citations;
}

/** The short opening that answers: a row's cells asked for, or the clause of a sentence that carries the answer. */
function directAnswer(sentence: string, citation: Citation, context: AskContext, lang: Lang): AnswerPart[] {
  const t = translator(lang);
  const unit = getContent().units.get(citation.id);
  if (unit?.kind === "row") return rowLead(unit, context.question, lang);
  if (lang !== "zh-CN") return [];
  const clause = leadClause(sentence, context.understood?.terms ?? [], context.question);
  return clause ? [{ text: t(unit && reportsPast(unit) ? "assistant.pastLead" : "assistant.planLead", { clause }), lang }] : [];
}

/** A derived entry's plain answer leads; what the question asks and it does not say follows from the plan. */
function answerWithLead(context: AskContext, top: Source, rest: Source[], lead: string, lang: Lang, search: SearchService): Citation[] {
  const t = translator(lang);
  const citations = uniqueCitations(top.citations).slice(0, 3);
  const candidates = [...top.citations, ...top.more, ...rest.flatMap((s) => s.citations)];
  const figure = asksForFigure(context.question) ? figureSentence(context, candidates) : undefined;
  const missing = search.uncovered(context.understood!, lead);
  const detail = missing.length ? detailSentence(missing, candidates, context) : undefined;
  const extra = figure && !numbersOf(figure.sentence).every((n) => lead.includes(n)) ? figure : detail;
  // When the plain answer does not carry what was asked, the plan's words that do come first: the reply
  // opens with the answer, and the entry's plain description follows as context.
  const opening = extra ? directAnswer(extra.sentence, extra.citation, context, lang) : [];
  context.parts.push(...opening, { text: lead, lang });
  if (extra) {
    context.parts.push({ text: t(allPast([extra.citation]) ? "assistant.pastSays" : "assistant.planSays"), lang }, quoted(extra.sentence));
    if (!citations.some((c) => c.id === extra.citation.id && c.quote === extra.sentence)) citations.unshift({ ...extra.citation, quote: extra.sentence });
  } else if (lang === "en" && citations[0]) {
    // In English the plan's own words follow the English explanation, marked as Chinese: an English reader
    // cannot skim the sources list for the figure the way a Chinese reader can.
    const shown = citations.slice(0, 2);
    context.parts.push({ text: t(allPast(shown) ? "assistant.pastSays" : "assistant.planSays"), lang }, ...shown.map((c) => quoted(c.quote)));
  } else if (top.hit.type !== "faq") context.parts.push({ text: t("assistant.seeSources"), lang });
  return citations;
}

/** Plan units answer: the clause that carries what was asked leads, then each quote, framed by its period. */
function answerFromPlan(context: AskContext, top: Source, rest: Source[], lang: Lang): Citation[] {
  const t = translator(lang);
  const topUnit = getContent().units.get(top.hit.id);
  // A second unit helps when it is a plan sentence the first does not already quote; never a second table row.
  // It joins only when it answers as well as the first: a weaker one attaches something unrelated.
  const second = rest.find((s) => !s.lead && s.score >= top.score && s.citations.some((c) => !top.citations.some((tc) => tc.id === c.id)) && !(topUnit?.kind === "row" && getContent().units.get(s.hit.id)?.kind === "row"));
  const citations = uniqueCitations([...top.citations, ...(second?.citations ?? [])]).slice(0, 3);
  const past = allPast(citations);
  const first = citations[0].quote;
  // A table row read with its headers is already the direct answer.
  const clause = lang === "zh-CN" && topUnit?.kind !== "row" ? leadClause(first, context.understood?.terms ?? [], context.question) : undefined;
  if (clause && clause.length < first.length) context.parts.push({ text: t(past ? "assistant.pastLead" : "assistant.planLead", { clause }), lang });
  if (topUnit) context.parts.push(...rowLead(topUnit, context.question, lang));
  context.parts.push({ text: t(past ? "assistant.pastSays" : "assistant.planSays"), lang });
  for (const c of citations) context.parts.push(quoted(c.quote));
  if (!past) context.parts.push({ text: t("assistant.planPeriod", { hotline: hotlineNumber() }), lang });
  return citations;
}

/** What a source says in the reply's language: its plain answer (and title) and its quotes. */
function sourceText(source: Source, lang: Lang): string {
  const lead = source.lead ? (lang === "en" ? `${source.lead.en} ${source.lead.zh}` : source.lead.zh) : "";
  return [source.hit.title, lead, ...source.citations.map((c) => c.quote)].join(" ");
}

/**
 * The source the reply leads with. The best-ranked one, unless it leaves out a concept the question names
 * and another one found names them all: then that one (asked about 残疾人之家, the reply does not open with
 * 托养机构). In English, a plan unit gives way to an entry with an English answer that quotes the same unit.
 */
function leading(found: Source[], context: AskContext, search: SearchService): Source[] {
  const lang = context.lang;
  let order = found;
  if (search.missingConcepts(context.understood!, sourceText(found[0], lang)).length) {
    const better = found.find((s) => !search.missingConcepts(context.understood!, sourceText(s, lang)).length);
    if (better) order = [better, ...found.filter((s) => s !== better)];
  }
  if (lang === "en" && !order[0].lead) {
    const units = new Set(order[0].citations.map((c) => c.id));
    const explained = order.find((s) => s.lead && s.citations.some((c) => units.has(c.id)));
    if (explained) order = [explained, ...order.filter((s) => s !== explained)];
  }
  return order;
}

/** A quote that is only part of another quote of the same unit (a name inside its row) is not shown twice. */
function withoutFragments(citations: Citation[]): Citation[] {
  return citations.filter((c, i) => !citations.some((o, j) => j !== i && o.id === c.id && o.quote !== c.quote && o.quote.includes(c.quote)));
}

export function composeExtractive(context: AskContext, search: SearchService): void {
  const lang = context.lang;
  const t = translator(lang);
  const found = sources(context);
  context.mode = "extractive";
  context.parts = [];
  if (!found.length) {
    context.status = "not_covered";
    context.parts = [{ text: t("assistant.reply.nothing_found", { hotline: hotlineNumber() }), lang }];
    context.citations = [];
    return;
  }
  const [top, ...rest] = leading(found, context, search);
  context.factAsked = factAsked(context.question);
  if (context.factAsked) {
    const fact = findFact(context.factAsked, context.understood!, search, found.flatMap((s) => [...s.citations, ...s.more].map((c) => c.id)), top.score);
    if (fact) answerWithFact(context, fact, lang);
    else notGiven(context, top, lang);
  } else {
    const lead = top.lead ? (lang === "en" ? top.lead.en : top.lead.zh) : undefined;
    const citations = lead ? answerWithLead(context, top, rest, lead, lang, search) : answerFromPlan(context, top, rest, lang);
    context.citations = citations;
    context.status = "answered";
    // A concept the question names and the reply leaves out: its own plan sentence is added when the plan
    // has one; only when the plan says nothing of it is the reply partial, and then it says so.
    const used = [lead ?? "", ...citations.map((c) => c.quote), top.hit.title].join(" ");
    for (const concept of search.missingConcepts(context.understood!, used).slice(0, 2)) {
      const found = conceptSentence(concept.forms, context);
      if (found === "elsewhere") continue;
      if (found) {
        context.parts.push({ text: t(reportsPast(found.unit) ? "assistant.pastSays" : "assistant.planSays"), lang }, quoted(found.sentence));
        citations.push(found.citation);
      } else {
        context.status = "partial";
        context.parts.push({ text: t("assistant.partialMissing", { missing: concept.term, hotline: hotlineNumber() }), lang });
      }
    }
    context.citations = withoutFragments(citations);
  }
  // Guard: an extractive answer can only contain what its sources say; an empty one is never returned.
  if (!answerText(context).trim()) throw new Error("empty extractive answer");
}
