// Step 4 (default): an answer made only of the content's own words. It leads with the direct answer (an
// FAQ's or subsidy's plain answer, or the plan's own clause that carries what was asked), then quotes the
// plan, each quote one contiguous span of one unit. A kind of fact asked for (an investment, an amount…)
// is looked for across the whole plan before the answer says the plan does not give it.
import type { Lang } from "~/i18n";
import { translator } from "~/lib/translate";
import { getContent } from "~/model/load.server";
import { reportsPast, rowFigures, rowSpoken, rowTitle, type CitableUnit } from "~/model/plan";
import type { SearchService } from "../../search/service.server";
import { asksForFigure, asksYear } from "../../search/understanding/figure";
import { askedPeriod, asksTarget } from "../../search/understanding/period";
import { asksMeaning } from "../../search/understanding/meaning";
import { asksYesNo } from "../../search/understanding/yes-no";
import { answerText, quoted, type AnswerPart, type AskContext, type Citation, type FactKind } from "./context";
import { asksOnlyWhetherReached, factAsked, factsAsked } from "./fact-kinds";
import { findFact, type FoundFact } from "./facts.server";
import { documentWords } from "./document-frame.server";
import { placeElsewhere } from "./elsewhere.server";
import { hotlineNumber } from "./hotline.server";
import { measureAnswer } from "./measure-answer.server";
import { answerPicks, chooseQuotes, conceptSentence, detailSentence, figureSentence, figureUnits, givesFigure, withFollowing, type Pick } from "./picks.server";
import { answeringFigures, figureSaid, type PrintedFigure } from "./printed-figures";
import { agesExclude, asksList, coverParts, definingLead, leadClause, scoreSentence, sentencesOf, WHOLE_CLAUSE } from "./sentences";
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

const numbersOf = (text: string): string[] => text.match(/\d+(?:\.\d+)?%?/g) ?? [];

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

/**
 * A table row's answer as the reply's opening: in Chinese the row spoken ("…的总投资是 18500 万元。"); in
 * English the same figures named by their column in English, the row's Chinese name marked as Chinese.
 */
function rowLead(unit: CitableUnit, question: string, lang: Lang, kind?: FactKind): AnswerPart[] {
  if (unit.kind !== "row") return [];
  // The kind of fact asked names its column even when the question does not (花多少钱 → 总投资).
  const asked = `${question} ${kind === "investment" ? "投资" : kind === "area" ? "面积" : ""}`;
  if (lang === "zh-CN") {
    const sentence = rowSpoken(unit, asked);
    return sentence ? [{ text: sentence, lang }] : [];
  }
  const t = translator(lang);
  // A text cell (主要内容及功能) is the plan's Chinese, quoted below; the English lead names the figures.
  const figures = rowFigures(unit, asked).filter((f) => /\d/.test(f.value));
  const named = figures.map((f) => ({ f, column: t(`assistant.column.${f.kind}`, { defaultValue: "" }) }));
  if (!figures.length || named.some((n) => !n.column)) return [];
  const parts = named.map(({ f, column }) => t("assistant.rowFigure", { column, year: f.year ? t("assistant.rowYear", { year: f.year }) : "", value: f.value.replace(/^≥\s*/, t("assistant.atLeast")), measure: f.measure ? t(`assistant.measure.${f.measure}`, { defaultValue: f.measure }) : "" }).trim());
  // The row's English name (content/plan-measures.yaml, its first) follows its Chinese one, for the reader.
  const english = getContent().planMeasures.find((m) => m.unit === unit.id)?.en[0];
  const name = english ? [{ text: t("assistant.rowEnglishName", { name: english }), lang }] : [];
  return [{ text: t("assistant.rowLeadBefore"), lang }, { text: rowTitle(unit), lang: "zh-CN" }, ...name, { text: t("assistant.rowLeadAfter", { figures: parts.join(", ") }), lang }];
}

/**
 * The plan states the kind of fact asked: lead with it, framed by its period. `figures` are the ones asked
 * for when the sentence gives several (a measure named by an English question).
 */
function answerWithFact(context: AskContext, fact: Omit<FoundFact, "coverage">, lang: Lang, figures: PrintedFigure[] = [], measureClause?: string): void {
  const t = translator(lang);
  const clause = measureClause && coverParts(measureClause, fact.sentence, context.understood?.terms ?? [], context.question);
  const citation = unitCitation(fact.unit.id, fact.sentence);
  const past = reportsPast(fact.unit);
  context.status = "answered";
  const words = documentWords(fact.unit.id, lang);
  // In Chinese the plan's own clause that gives the figure leads; in English its figures are said in English.
  // A sentence found for the kind of fact asked, with no clause or figures chosen, is led by the figures it
  // gives ("6.92 亿元、13.77 亿元"): the answer is said before the quote, not only inside it.
  // (A table row is spoken by its column headers instead; a sentence giving figures of other kinds too, "28 万
  // 平方米…近 2 亿元", is left to its quote: which of them answers is not for a list of figures to say.)
  const printed = figures.length || (lang === "zh-CN" && clause) || fact.unit.kind === "row" || !asksForFigure(context.question) ? [] : answeringFigures(fact.sentence, asksYear(context.question));
  const given = figures.length ? figures : printed.length <= FIGURES_LEAD_MAX && printed.every((f) => ofKind(f, context.factAsked)) ? printed : [];
  const named = lang === "zh-CN" && clause && clause.length < fact.sentence.length ? [{ text: t(past ? "assistant.pastLead" : "assistant.planLead", { clause }), lang }] : given.length ? [figuresNamed(given, lang)] : [];
  // After a clause of it has led, framed by its period, the whole sentence follows as the original.
  const says = named.length && clause && lang === "zh-CN" ? "assistant.saysInFull" : past ? "assistant.pastSays" : "assistant.planSays";
  context.parts = [...rowLead(fact.unit, context.question, lang, context.factAsked), ...named, { text: t(says, words), lang }, quoted(fact.sentence)];
  context.citations = [citation];
  if (fact.also) {
    context.parts.push({ text: t(reportsPast(fact.also.unit) ? "assistant.pastSays" : "assistant.planSays", documentWords(fact.also.unit.id, lang)), lang }, quoted(fact.also.sentence));
    context.citations.push(unitCitation(fact.also.unit.id, fact.also.sentence));
  }
  if (!past || (fact.also && !reportsPast(fact.also.unit))) context.parts.push(closing(t("assistant.planPeriod", { ...words, hotline: hotlineNumber() }), lang));
}

/** The parts that close a reply (where to ask how things stand now): whatever is added later goes before them. */
const closings = new WeakSet<AnswerPart>();

function closing(text: string, lang: Lang): AnswerPart {
  const part = { text, lang };
  closings.add(part);
  return part;
}

/** The reply with its closing line last: a quote added after it reads as an afterthought past the goodbye. */
function closingLast(parts: AnswerPart[]): AnswerPart[] {
  return [...parts.filter((p) => !closings.has(p)), ...parts.filter((p) => closings.has(p))];
}

/**
 * Whether a printed figure is of the kind of fact asked: money for an investment or amount, an area for an
 * area. (A share is not named alone: a coverage rate of 100% would read as the share of a bill paid back.)
 */
function ofKind(figure: PrintedFigure, kind: FactKind | undefined): boolean {
  if (kind === "investment" || kind === "amount") return /元/.test(figure.unit ?? "");
  if (kind === "area") return /平方米|㎡/.test(figure.unit ?? "");
  return false;
}

/** The figures asked for, named before the sentence that prints them (in English, said in English); a year is called one. */
function figuresNamed(figures: PrintedFigure[], lang: Lang): AnswerPart {
  const key = figures.every((f) => f.year) ? "assistant.yearsAre" : "assistant.figuresAre";
  return { text: translator(lang)(key, { count: figures.length, figures: figures.map((f) => figureSaid(f, lang)).join(lang === "zh-CN" ? "、" : ", ") }), lang };
}

/** Share of the question's weight the closest text must hold to be offered as related. */
const RELATED_MIN = 0.12;
/** Kinds of fact that say how, where or when to do something, rather than what the plan sets. */
const HOW_TO = new Set<FactKind | undefined>(["procedure", "documents", "deadline", "address", "phone", "hours", "leave", "account", "eligibility", "admission", "business_offer"]);

/** The plan does not state the kind of fact asked: say so, name the closest plan text, hand over to 12345. */
/** How-to kinds said together when several are asked and none is given (each has a short name to list). */
const NAMED_TOO = new Set<FactKind>(["procedure", "documents", "deadline", "address", "phone", "hours"]);

function notGiven(context: AskContext, top: Source, lang: Lang, search: SearchService, place?: string, alsoMissing: FactKind[] = []): void {
  const t = translator(lang);
  // The closest text is offered only when it shares something of substance with the question: a passage
  // found on a stray word ("电话" → a rehabilitation task) is no help, and reads as if it were the answer.
  // How, where or when to do something (the materials, the steps, a phone number) is never in the plan, and
  // the plan's nearest text then shares only the subject's name or a stray word ("简化流程" in a subsidy task):
  // offered as related, it reads as if it were the answer. What the plan leaves out of a subject it does
  // describe (an amount, a later result) keeps that subject's text.
  // Asked about another city alone ("上海地铁能免费坐吗"), Hangzhou's text would read as that city's rule; only a
  // comparison that names Hangzhou too ("跟杭州比哪个高") has a Hangzhou half the closest text answers.
  const elsewhereOnly = context.factAsked === "other_place" && !/杭州|hangzhou/i.test(context.question);
  const related = !HOW_TO.has(context.factAsked) && !elsewhereOnly && search.coverage(context.understood!, { title: "", text: top.citations.map((c) => c.text).join("") }) >= RELATED_MIN;
  const citations = related ? uniqueCitations(top.citations).slice(0, 3) : [];
  context.status = "not_covered";
  // What the document cannot say (whether a measure is in force) is said with its status today.
  const words = documentWords(top.citations[0]?.id ?? "", lang);
  context.parts = [{ text: t(`assistant.missing.${context.factAsked}`, { called: words.called, state: t(`assistant.periodState.${words.status}`, words), place }), lang }];
  if (alsoMissing.length) {
    const items = new Intl.ListFormat(lang, { type: lang === "zh-CN" ? "conjunction" : "disjunction" }).format(alsoMissing.map((k) => t(`assistant.missingWhat.${k}`)));
    context.parts.push({ text: t("assistant.missingToo", { items }), lang });
  }
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

/**
 * Whether an entry's plain answer gives a figure of its own quotes, of the period asked (a 2025 target does
 * not answer what 2020 reached) and for every year the question names ("2020年的时候").
 */
function leadGivesFigure(top: Source, lead: string, context: AskContext): boolean {
  const period = askedPeriod(context.question);
  const units = getContent().units;
  const own = [...top.citations, ...top.more].filter((c) => !period || (reportsPast(units.get(c.id)!) ? "past" : "plan") === period).flatMap((c) => numbersOf(c.text));
  const years = context.question.match(/20\d\d/g) ?? [];
  return numbersOf(lead).some((n) => own.includes(n)) && years.every((y) => lead.includes(y));
}

/** Runs of this many characters shared with a plain answer say the same thing. */
const SAME_RUN = 4;
/** A clause this much of which a plain answer already says is said twice. */
const REPEATED = 0.6;

/** Whether a plain answer already says most of a clause (its runs of characters, spaces and marks aside). */
function repeats(answer: string, clause: string): boolean {
  const bare = (text: string) => [...text.replace(/[\s\p{P}]/gu, "")];
  const said = bare(answer).join("");
  const chars = bare(clause.replace(/^[^：]*：/, ""));
  const covered = new Array(chars.length).fill(false);
  for (let i = 0; i + SAME_RUN <= chars.length; i++) if (said.includes(chars.slice(i, i + SAME_RUN).join(""))) covered.fill(true, i, i + SAME_RUN);
  return chars.length > 0 && covered.filter(Boolean).length >= REPEATED * chars.length;
}

/** A derived entry's plain answer leads; what the question asks and it does not say follows from the plan. */
function answerWithLead(context: AskContext, top: Source, rest: Source[], lead: string, lang: Lang, search: SearchService): Citation[] {
  const t = translator(lang);
  const candidates = [...top.citations, ...top.more, ...rest.flatMap((s) => s.citations)];
  // Asked for a figure, the quote that holds the one the plain answer gives is cited first, wherever the
  // entry lists it.
  const figures = numbersOf(lead);
  const holding = asksForFigure(context.question) ? [...top.citations, ...top.more].filter((c) => numbersOf(c.text).some((n) => figures.includes(n))) : [];
  const citations = uniqueCitations([...holding, ...top.citations]).slice(0, 3);
  // A plain answer that already gives a figure of its own quotes has answered "how many"; another figure
  // sentence would be a number about something else.
  const givesFigure = leadGivesFigure(top, lead, context);
  const figure = asksForFigure(context.question) && !givesFigure ? figureSentence(context, candidates) : undefined;
  const zhLead = top.lead?.zh ?? lead;
  const missing = search.uncovered(context.understood!, lang === "en" ? `${lead} ${zhLead}` : lead);
  const found = missing.length ? detailSentence(missing, candidates, context) : undefined;
  // A sentence naming what the entry leaves out leads only if it answers at least as well as the entry: an
  // English question's Chinese words are dictionary guesses (indicator → 指征), and a sentence naming one of
  // them can be about something else entirely.
  const detail = found && search.coverage(context.understood!, { title: "", text: found.sentence }) >= search.coverage(context.understood!, { title: top.hit.title, text: zhLead }) ? found : undefined;
  const extra = figure && !numbersOf(figure.sentence).every((n) => lead.includes(n)) ? figure : detail;
  // When the plain answer does not carry what was asked, the plan's words that do come first: the reply
  // opens with the answer, and the entry's plain description follows as context.
  // …unless the plain answer already says it in its own words: the same thing said twice reads as a muddle.
  // A plain answer that opens by pointing back ("这是…", written under its entry's title) keeps the
  // clause it points back to.
  const direct = extra ? directAnswer(extra.sentence, extra.citation, context, lang) : [];
  const opening = direct.length && lang === "zh-CN" && !/^(?:这|它|该)/.test(lead) && repeats(lead, direct.map((p) => p.text).join("")) ? [] : direct;
  // The entry's plain description follows only when the plan sentence that answers is one the entry quotes:
  // otherwise it describes a neighbour of what was asked (a county's centre after a citywide figure).
  const quotesIt = !extra || [...top.citations, ...top.more].some((c) => c.id === extra.citation.id) || search.coverage(context.understood!, { title: "", text: extra.sentence }) <= search.coverage(context.understood!, { title: top.hit.title, text: lead });
  // In English the entry's answer is the only explanation in English: it always stays.
  // …and a plain answer that only says again what the opening clause said ("全市每年培训不少于 5000 人次") is left out.
  const saidAgain = opening.length > 0 && lang === "zh-CN" && repeats(opening.map((p) => p.text).join(""), lead);
  context.parts.push(...opening, ...((quotesIt || !opening.length || lang === "en") && !saidAgain ? [{ text: lead, lang }] : []));
  const covering = (c: Citation) => search.coverage(context.understood!, { title: "", text: c.quote });
  // What the reply says in its own words: a Chinese reply shows the shortened plain answer only, and a quote
  // the entry's full answer repeats is not one this reply speaks of; an English one explains the entry whole.
  const said = lang === "zh-CN" ? lead : `${lead} ${zhLead}`;
  if (extra) {
    // In English the figure asked for is named before the Chinese sentence that gives it.
    const named = lang === "en" && extra === figure ? answeringFigures(extra.sentence, asksYear(context.question)) : [];
    if (named.length) context.parts.push(figuresNamed(named, lang));
    context.parts.push({ text: t(allPast([extra.citation]) ? "assistant.pastSays" : "assistant.planSays", documentWords(extra.citation.id, lang)), lang }, quoted(extra.sentence));
    const cited = citations.find((c) => c.id === extra.citation.id && c.quote === extra.sentence) ?? { ...extra.citation, quote: extra.sentence };
    return asSources([cited], citations, covering, said);
  } else if (citations[0]) {
    // The plain explanation is followed by the plan's own words it explains, in the reply itself: the
    // official term ("优先保障", "康复补贴救助制度") is what a 12345 operator reads out, and an English reader
    // cannot skim the sources list for the figure the way a Chinese reader can.
    // The quotes whose figures the explanation gives, else the one that answers best; each framed by its
    // period (a result of 2016–2020 is never read out as the plan's aim).
    const explained = citations.filter((c) => numbersOf(c.quote).some((n) => figures.includes(n)));
    // None explained, the quotes that cover the question best come first: an entry lists its quotes in its
    // own order, and its first (often a result of 2016–2020) may be about something else the entry covers.
    const best = [...citations].sort((a, b) => covering(b) - covering(a));
    // An English reader gets two when none is explained: they cannot tell which Chinese quote answers.
    const shown = (explained.length ? explained : best).slice(0, explained.length || lang === "en" ? 2 : 1);
    let frame: boolean | undefined;
    for (const c of shown) {
      const past = allPast([c]);
      if (past !== frame) context.parts.push({ text: t(past ? "assistant.pastSays" : "assistant.planSays", documentWords(c.id, lang)), lang });
      frame = past;
      context.parts.push(quoted(c.quote));
    }
    return asSources(shown, citations, covering, said);
  }
  return citations;
}

/**
 * The sources of a reply: the quotes it reads out, then those of the entry's other quotes that speak to the
 * question too (the second thing a question asks is often in one the reply does not read out), that give a
 * figure the reply states, or that the plain answer says in its own words. An entry quotes the plan
 * on everything it covers, and a quote sharing nothing with the question is one the reader is left to puzzle
 * over ("线上培训机制" under "不少于多少人次").
 */
function asSources(shown: Citation[], citations: Citation[], covering: (c: Citation) => number, said: string): Citation[] {
  const best = Math.max(...shown.map(covering));
  const figures = numbersOf(said);
  // The figure is looked for in the quote itself: another sentence of its unit, or another row's cell, giving
  // the same 100% or year is about something else ("规范化康复机构覆盖率" beside a 100% coverage of children).
  const related = (c: Citation) => covering(c) >= best * SOURCE_RELATED || numbersOf(c.quote).some((n) => figures.includes(n)) || repeats(said, c.quote);
  return uniqueCitations([...shown, ...citations.filter(related)]);
}

/** A quote the reply does not read out is listed when it covers this share of what the best one read out does. */
const SOURCE_RELATED = 0.4;

/** The plan units behind the sources, in their order, and those elsewhere that give a figure asked for. */
function planUnits(found: Source[], context: AskContext, search: SearchService): CitableUnit[] {
  const units = getContent().units;
  const ids = [...new Set(found.flatMap((s) => [s.hit.id, ...s.citations.map((c) => c.id), ...s.more.map((c) => c.id)]))];
  const ranked = ids.flatMap((id) => units.get(id) ?? []);
  return [...ranked, ...figureUnits(context, search, new Set(ids))];
}

/**
 * Plan units answer: the sentence that answers best leads (a row spoken with its headers, or the clause
 * that carries what was asked), then its quote and only quotes that add what the question asks, each
 * framed by its period.
 */
function answerFromPlan(context: AskContext, found: Source[], picks: Pick[], lang: Lang, search: SearchService): Citation[] {
  const t = translator(lang);
  const chosen = chooseQuotes(picks, context, search);
  // Units with no sentence to weigh (never in today's plan): the top source's own quotes stand.
  if (!chosen.length) {
    context.parts.push({ text: t("assistant.planSays", documentWords(found[0].citations[0].id, lang)), lang }, ...found[0].citations.map((c) => quoted(c.quote)));
    return found[0].citations;
  }
  // Asked what something means, the lead quote goes on with the sentences that explain it.
  const quotes = asksMeaning(context.question) ? [withFollowing(chosen[0]), ...chosen.slice(1).filter((q) => q.unit.id !== chosen[0].unit.id)] : chosen;
  const lead = quotes[0];
  const leadPast = reportsPast(lead.unit);
  // Asked what something means, the clauses that define it lead, when its quote has them.
  const defining = lead.unit.kind === "row" || !asksMeaning(context.question) ? undefined : definingLead(lead.sentence, context.question);
  const clause = lead.unit.kind === "row" ? undefined : (defining ?? leadClause(chosen[0].sentence, context.understood?.terms ?? [], context.question));
  const opening = lang !== "zh-CN" ? undefined : lead.unit.kind === "row" ? rowSpoken(lead.unit, context.question).replace(/。$/, "") : clause;
  // A clause nearly as long as its sentence would say the quote twice (a row spoken is never the quote):
  // asked for a figure, the figures lead instead; a clause as long as its sentence never leads.
  const whole = lead.unit.kind !== "row" && (!opening || opening.length >= WHOLE_CLAUSE * lead.sentence.length);
  const figure = lang === "zh-CN" && whole && asksForFigure(context.question) ? figureLead(opening ?? lead.sentence, lead.sentence, context) : undefined;
  const leadText = figure?.clause || (!figure?.figures && opening && (lead.unit.kind === "row" || !whole) ? opening : undefined);
  if (leadText) context.parts.push({ text: t(leadPast ? "assistant.pastLead" : "assistant.planLead", { clause: leadText }), lang });
  else if (figure?.figures) context.parts.push(figuresNamed(figure.figures, lang));
  // A clause that led, framed by its period, is followed by its whole sentence as the original, not framed again.
  const led = Boolean(leadText) && lead.unit.kind !== "row";
  // In English a row's figures are said in English before the Chinese quote; a sentence's figures (those of
  // the clause that answers, years aside) are named, so the answer is not only inside Chinese text.
  if (lang === "en" && lead.unit.kind === "row") context.parts.push(...rowLead(lead.unit, context.question, lang));
  else if (lang === "en") {
    const figures = answeringFigures(clause ?? chosen[0].sentence, asksYear(context.question));
    if (figures.length && asksForFigure(context.question)) context.parts.push(figuresNamed(figures, lang));
  }
  let frame: boolean | undefined;
  for (const quote of quotes) {
    const past = reportsPast(quote.unit);
    if (past !== frame) context.parts.push({ text: t(led && quote === lead ? "assistant.saysInFull" : past ? "assistant.pastSays" : "assistant.planSays", documentWords(quote.unit.id, lang)), lang });
    frame = past;
    context.parts.push(quoted(quote.sentence));
  }
  const current = quotes.find((q) => !reportsPast(q.unit));
  if (current) {
    const words = documentWords(current.unit.id, lang);
    context.parts.push(closing(t("assistant.planPeriod", { ...words, hotline: hotlineNumber() }), lang));
  }
  return quotes.map((q) => q.citation);
}

/**
 * What leads a Chinese answer to "how many" when the clause that answers is nearly its whole sentence: the
 * one clause giving the figure ("覆盖人次从 13 万增长至 16 万"), else the figures of the clauses that answer
 * best ("多少人次": the 15000 人次, not the 95%), each with its year.
 */
function figureLead(text: string, sentence: string, context: AskContext): { clause?: string; figures?: PrintedFigure[] } | undefined {
  const years = asksYear(context.question);
  const terms = context.understood?.terms ?? [];
  const scored = text
    .split(/(?<=[,，;；])/)
    .filter((c) => answeringFigures(c, years).length)
    .map((c) => ({ c, score: scoreSentence(c, terms, context.question) }));
  const best = Math.max(0, ...scored.map((s) => s.score));
  const giving = scored.filter((s) => s.score === best).map((s) => s.c);
  if (giving.length === 1 && giving[0].length < WHOLE_CLAUSE * sentence.length) return { clause: giving[0].replace(/[,，;；。]$/, "") };
  const figures = giving.flatMap((c) => answeringFigures(c, years));
  return figures.length && figures.length <= FIGURES_LEAD_MAX ? { figures } : undefined;
}

/** More figures than this in one sentence are not one answer: the quote gives them. */
const FIGURES_LEAD_MAX = 4;

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
  // A concept only told of in a clause that asks nothing ("老伴智力残疾一直在家，") says who asks, not what.
  if (search.missingAsked(context.understood!, sourceText(found[0], lang)).length) {
    const better = found.find((s) => !search.missingAsked(context.understood!, sourceText(s, lang)).length);
    if (better) order = [better, ...found.filter((s) => s !== better)];
  }
  if (lang === "en" && !order[0].lead) {
    const units = new Set(order[0].citations.map((c) => c.id));
    const explained = order.find((s) => s.lead && s.citations.some((c) => units.has(c.id)));
    if (explained) order = [explained, ...order.filter((s) => s !== explained)];
  }
  return order;
}

/** A bare yes or no ("支持。", "Yes."): the answer to an entry's own yes/no question. */
const YES_NO = /^(?:有|是|是的|支持|可以|能|会|不是|没有|不能|不会|规划有要求|yes|no)[。.!！]?$/i;

/**
 * The sentences of an entry's plain answer that speak to what was asked. An entry answers its own question:
 * its "支持。" or "Yes." answers a yes/no question only, and its "not given" sentence about something the
 * asker did not ask ("规划没有写两项补贴能否同时享受") is left out when another sentence covers the question far better.
 */
function leadSpeaking(source: Source, context: AskContext, search: SearchService): string {
  const english = context.lang === "en";
  const text = english ? source.lead!.en : source.lead!.zh;
  let sentences = english ? text.split(/(?<=[.!?])\s+/) : sentencesOf(text);
  if (sentences.length > 1 && YES_NO.test(sentences[0].trim()) && !asksYesNo(context.question)) sentences = sentences.slice(1);
  // A support's or service's summary describes the entry as a whole; an FAQ's answer answers one question.
  // …and only one asked about something else: an FAQ asked the way the person asked is kept whole.
  const asked = source.hit.type === "faq" && search.coverage(context.understood!, { title: source.hit.title, text: "" }) < FAQ_SAME_QUESTION;
  if (!english && asked && sentences.length > 1) {
    const covers = sentences.map((sentence) => search.coverage(context.understood!, { title: "", text: sentence }));
    const best = Math.max(...covers);
    // Only its "not given" sentences go: what the entry does say is never cut.
    sentences = sentences.filter((sentence, i) => covers[i] >= best * LEAD_SENTENCE_MIN || !NOT_GIVEN.test(sentence));
  }
  // Asked for a figure that a support's or service's summary gives, its other sentences (what the support is,
  // what the plan leaves out) come before the answer as a tangent: they stay only if they speak to the
  // question more than the sentence giving the figure does.
  // …and so it is with an FAQ's answer written for another question.
  if (!english && (source.hit.type !== "faq" || asked) && asksForFigure(context.question) && sentences.length > 1) {
    // An FAQ's answer says what the plan does not give and where to ask: that stays. The hotline's number
    // is no figure there; a summary's "not given" sentence is its own tangent, weighed as a figure as before.
    const faq = source.hit.type === "faq";
    const missing = sentences.map((sentence) => faq && NOT_GIVEN.test(sentence));
    const giving = sentences.map((sentence, i) => !missing[i] && /\d/.test(faq ? sentence.replaceAll(hotlineNumber(), "") : sentence));
    const covers = sentences.map((sentence) => search.coverage(context.understood!, { title: "", text: sentence }));
    const figureCover = Math.max(-1, ...covers.filter((_, i) => giving[i]));
    if (figureCover >= 0) sentences = standingAlone(sentences, sentences.map((_, i) => giving[i] || missing[i] || covers[i] > figureCover));
  }
  return sentences.join(english ? " " : "");
}

/**
 * The sentences kept from a longer answer, read on their own: one that went on from a sentence now left out
 * ("规划还提出…", or a clause after "规划回顾“十三五”：…；") keeps what framed it and no longer says "also";
 * the last ends as a sentence does, not with the ；that led on.
 */
function standingAlone(sentences: string[], kept: boolean[]): string[] {
  const out = sentences.flatMap((sentence, i) => {
    if (!kept[i]) return [];
    if (i === 0 || kept.slice(0, i).some(Boolean)) return [sentence];
    // The first kept sentence: the frame of the list it continues, if the sentences before it were one.
    let start = i;
    while (start > 0 && sentences[start - 1].endsWith("；")) start--;
    const frame = start < i ? (sentences[start].match(FRAME)?.[0] ?? "") : "";
    return [`${frame}${sentence.replace(/^(规划|它|这项|该项)还(?=[要提有写])/, "$1")}`];
  });
  return out.map((sentence, i) => (i === out.length - 1 ? sentence.replace(/；$/, "。") : sentence));
}

/** What a summary sentence says before its list: "规划回顾“十三五”：". */
const FRAME = /^[^：；。]{0,24}：/;

/**
 * Whether an entry's plain answer is the right opening: it is, unless a plan sentence found for the
 * question covers it far better (the entry is a neighbour of what was asked, and its summary a tangent).
 * English questions are weighed against the entries' English, which plan sentences lack: the entry stays.
 */
function leadFits(top: Source, weigh: () => Pick[], context: AskContext, search: SearchService): boolean {
  if (context.lang === "en") return true;
  const own = search.coverage(context.understood!, { title: top.hit.title, text: top.lead!.zh });
  const picks = weigh();
  // An entry for other ages than the one told ("孩子9岁" and a 0—6 service) is not the answer when a plan
  // sentence for that age is found.
  if (agesExclude(`${top.hit.title}${top.lead!.zh}`, context.question) && picks.some((p) => !agesExclude(p.sentence, context.question) && /岁/.test(p.sentence))) return false;
  // Asked for a figure the entry's answer does not give, a plan sentence giving one nearly as close wins.
  if (asksForFigure(context.question) && !leadGivesFigure(top, top.lead!.zh, context)) {
    const figure = Math.max(0, ...picks.filter((p) => givesFigure(p.sentence)).map((p) => p.coverage));
    if (figure >= own - FIGURE_CLOSE) return false;
  }
  // Asked for several things ("哪五个渠道"), an entry about one of them is a neighbour of the question: a plan
  // sentence that lists them, nearly as close, answers it.
  if (asksList(context.question) && picks.some((p) => (p.sentence.match(/、/g)?.length ?? 0) >= LIST_ITEMS && p.coverage >= own - FIGURE_CLOSE)) return false;
  return Math.max(0, ...picks.map((p) => p.coverage)) < own + LEAD_OUTDONE;
}

/**
 * In English, a table row giving the figure asked for that an entry's answer does not give ("the 2020
 * baseline" of a measure whose entry states its 2025 target), nearly as close to the question: the row
 * opens the answer, read out by its column headers. English questions leave the entry's opening otherwise
 * (leadFits); a plain sentence's number would be a guess at which one answers.
 */
function figureRow(top: Source, weigh: () => Pick[], context: AskContext, search: SearchService): Pick | undefined {
  if (context.lang !== "en" || !top.lead || !asksForFigure(context.question) || leadGivesFigure(top, top.lead.zh, context)) return undefined;
  const own = search.coverage(context.understood!, { title: top.hit.title, text: top.lead.zh });
  // Weighed as every pick is: a row of the period asked (the plan's baseline, not the review's result) first.
  const [row] = weigh()
    .filter((p) => p.unit.kind === "row" && givesFigure(p.sentence))
    .sort((a, b) => b.score - a.score);
  return row && row.coverage >= own - FIGURE_CLOSE ? row : undefined;
}

/** A sentence that says what the plan does not give, or hands over to the hotline. */
const NOT_GIVEN = /没有写|未写明|没有提|没有说|没写|请拨打/;
/** An FAQ whose own question covers this much of the person's asks the same thing. */
const FAQ_SAME_QUESTION = 0.6;
/** A sentence of an entry's answer is kept when it covers at least this share of what its best sentence does. */
const LEAD_SENTENCE_MIN = 0.5;
/** How much less of the question a figure-giving plan sentence may cover and still replace an answer without one. */
const FIGURE_CLOSE = 0.1;
/** A sentence naming at least this many things (its 、) is a list. */
const LIST_ITEMS = 2;
/** A plan sentence covering this much more of the question than an entry's answer replaces it as the opening. */
const LEAD_OUTDONE = 0.25;

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
  // Another city's rules or figures are never in Hangzhou's content: said so, with Hangzhou's closest text.
  const place = placeElsewhere(context.question);
  if (place) {
    context.factAsked = "other_place";
    return notGiven(context, top, lang, search, place);
  }
  // The question is in simplified characters already (hygiene), as the content is written (保額 is 保额).
  context.factAsked = factAsked(context.question);
  // Asked what the plan aims for and what happened after it was written: the aim is answered, and the reply
  // is partial, saying the plan has no later figures.
  // "Did it meet its 2025 target?" names the target only to ask what happened: that is not given.
  // "到2025年是多少？现在多少？" names the plan's target year: it asks the target too.
  const laterToo = context.factAsked === "later_result" && (asksTarget(context.question) || /2025/.test(context.question)) && !asksOnlyWhetherReached(context.question);
  if (laterToo) context.factAsked = undefined;
  // A figure asked for by the name of what it measures is answered by the sentence that gives it.
  // What happened after the plan was written is never a figure of it, whatever the figure's name.
  // How long, where or how to do something is never a measure's figure, whatever the subsidy it names.
  const measured = laterToo || context.factAsked === "later_result" || HOW_TO.has(context.factAsked) ? undefined : measureAnswer(context);
  if (measured) answerWithFact(context, measured, lang, measured.figures, measured.clause);
  else if (context.factAsked) {
    const preferred = found.flatMap((s) => [...s.citations, ...s.more].map((c) => c.id));
    const fact = findFact(context.factAsked, context.understood!, search, preferred, top.score);
    if (fact) answerWithFact(context, fact, lang);
    else {
      // Asked where, how and when at once ("哪个窗口办？带哪些材料？多久拿到？"), each that the plan does not
      // give is said, not only the first: the asker would otherwise take the rest as given somewhere.
      const alsoMissing = factsAsked(context.question).filter((k) => k !== context.factAsked && NAMED_TOO.has(k) && !findFact(k, context.understood!, search, preferred, top.score));
      notGiven(context, top, lang, search, undefined, alsoMissing);
    }
  } else {
    // The plan's sentences are weighed at most once, for the choice of opening and the answer from the plan.
    let weighed: Pick[] | undefined;
    const picks = () => (weighed ??= answerPicks(context, planUnits(found, context, search), search));
    const row = figureRow(top, picks, context, search);
    const lead = !row && top.lead && leadFits(top, picks, context, search) ? leadSpeaking(top, context, search) : undefined;
    const first = row ? [{ ...row, score: Math.max(...picks().map((p) => p.score)) + 1 }, ...picks().filter((p) => p !== row)] : undefined;
    const citations = lead ? answerWithLead(context, top, rest, lead, lang, search) : answerFromPlan(context, found, first ?? picks(), lang, search);
    context.citations = citations;
    context.status = "answered";
    // A concept the question names and the reply leaves out: its own plan sentence is added when the plan
    // has one; only when the plan says nothing of it is the reply partial, and then it says so.
    // An English reply explains in English what the entry says in Chinese: its Chinese answer is what it covers.
    const used = [lead ?? "", lead ? top.lead!.zh : "", ...citations.map((c) => c.quote), top.hit.title].join(" ");
    for (const concept of search.missingConcepts(context.understood!, used).slice(0, 2)) {
      const found = conceptSentence(concept.forms, context);
      if (found === "elsewhere") continue;
      if (found) {
        context.parts.push({ text: t(reportsPast(found.unit) ? "assistant.pastSays" : "assistant.planSays", documentWords(found.unit.id, lang)), lang }, quoted(found.sentence));
        citations.push(found.citation);
      } else {
        context.status = "partial";
        context.parts.push({ text: t("assistant.partialMissing", { missing: concept.term, hotline: hotlineNumber() }), lang });
      }
    }
    context.citations = withoutFragments(citations);
    if (laterToo) {
      context.status = "partial";
      context.parts.push({ text: t("assistant.missing.later_result"), lang });
      if (!answerText(context).includes(hotlineNumber())) context.parts.push({ text: t("assistant.askHotline", { hotline: hotlineNumber() }), lang });
    }
  }
  context.parts = closingLast(context.parts);
  // Guard: an extractive answer can only contain what its sources say; an empty one is never returned.
  if (!answerText(context).trim()) throw new Error("empty extractive answer");
}
