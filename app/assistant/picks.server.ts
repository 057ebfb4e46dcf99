// Which plan sentence answers what, among the units a reply may quote: the one that gives a figure, the one
// that names what an entry's plain answer leaves out, the one that names a concept the reply lacks.
import { getContent } from "~/model/load.server";
import { reportsPast, rowName, rowSentence, TASK_HEAD, type CitableUnit } from "~/model/plan";
import type { SearchService } from "../../search/service.server";
import { askedUnit, asksForFigure, givesInUnit } from "../../search/understanding/figure";
import { countAsked, listsCount } from "../../search/understanding/counts";
import { askedPeriod } from "../../search/understanding/period";
import type { AskContext, Citation } from "./context";
import { bestSpans, placeAsked, scoreSentence, sentencesOf } from "./sentences";
import { unitCitation } from "./sources.server";

/** A unit's sentences as quoted: a table row is one, read with its column headers. */
export function unitSentences(unit: CitableUnit): string[] {
  return unit.kind === "row" ? [rowSentence(unit)] : sentencesOf(unit.text);
}

/**
 * The sentence, among the units the sources quote, that best answers the question and gives a figure of the
 * period asked about (a 2025 target does not answer what 2020 reached).
 */
export function figureSentence(context: AskContext, candidates: Citation[]): { sentence: string; citation: Citation } | undefined {
  const terms = context.understood?.terms ?? [];
  const period = askedPeriod(context.question);
  let best: { sentence: string; citation: Citation; score: number } | undefined;
  for (const citation of candidates) {
    const unit = getContent().units.get(citation.id);
    if (period && unit && (reportsPast(unit) ? "past" : "plan") !== period) continue;
    // A table row is one answer, read with its headers (its quote); other units give their best span.
    const spans =
      unit?.kind === "row"
        ? [{ quote: rowSentence(unit), score: scoreSentence(rowSentence(unit), terms, context.question) }]
        : citation.text.length < 200 && !/[。；]/.test(citation.text)
          ? [{ quote: citation.quote, score: scoreSentence(citation.quote, terms, context.question) }]
          : // …and the span the entry itself quotes, which its author chose for what it says.
            [...bestSpans(citation.text, terms, context.question, 1), { quote: citation.quote, score: scoreSentence(citation.quote, terms, context.question) }];
    for (const s of spans) {
      if (givesFigure(s.quote) && (!best || s.score > best.score)) best = { sentence: s.quote, citation, score: s.score };
    }
  }
  return best;
}

/**
 * The plan sentence, among the units a source quotes, that names most of what the question asks and the
 * plain answer does not: "哪四个", "什么样的格局", a figure in an English question.
 */
export function detailSentence(missing: string[], candidates: Citation[], context: AskContext): { sentence: string; citation: Citation } | undefined {
  const terms = context.understood?.terms ?? [];
  let best: { sentence: string; citation: Citation; named: number; score: number } | undefined;
  for (const citation of candidates) {
    const unit = getContent().units.get(citation.id);
    const sentences = unit ? unitSentences(unit) : sentencesOf(citation.text);
    for (const sentence of sentences) {
      const named = missing.filter((m) => sentence.toLowerCase().includes(m.toLowerCase())).length;
      const score = scoreSentence(sentence, terms, context.question);
      if (named > 0 && (!best || named > best.named || (named === best.named && score > best.score))) best = { sentence, citation, named, score };
    }
  }
  return best;
}

/**
 * The plan sentence that best names one of a concept's forms among the units found for the question;
 * `elsewhere` when only other units of the plan name it (quoting those would attach something unrelated,
 * and saying the plan never mentions it would be false); undefined when the plan never names it.
 */
export function conceptSentence(forms: string[], context: AskContext): { sentence: string; unit: CitableUnit; citation: Citation } | "elsewhere" | undefined {
  const units = getContent().units;
  const ranked = context.hits.map((h) => units.get(h.id)).filter((u): u is CitableUnit => u !== undefined);
  const terms = context.understood?.terms ?? [];
  for (const unit of ranked) {
    const best = unitSentences(unit)
      .filter((s) => forms.some((f) => s.includes(f)))
      .sort((a, b) => scoreSentence(b, terms, context.question) - scoreSentence(a, terms, context.question))[0];
    if (best) return { sentence: best, unit, citation: unitCitation(unit.id, best) };
  }
  return [...units.values()].some((u) => forms.some((f) => u.text.includes(f))) ? "elsewhere" : undefined;
}

export interface Pick {
  sentence: string;
  unit: CitableUnit;
  citation: Citation;
  /** Share (0–1) of the question the sentence covers, before any bonus or penalty. */
  coverage: number;
  score: number;
}

/** Numbering and task headings carry no answer ("32. 培育助残社会组织。", "——‘高质量康养’。"): never a reply's lead. */
function isHeading(unit: CitableUnit, sentence: string): boolean {
  return unit.kind !== "row" && ((TASK_HEAD.test(sentence) && sentence.replace(TASK_HEAD, "").trim() === "") || /^——[^，,；;]{0,16}。?$/.test(sentence.trim()));
}

/** A figure the sentence gives, not counting a task's own number ("32. …"). */
export const givesFigure = (sentence: string) => /\d/.test(sentence.replace(/^\d+\.\s*/, ""));

/**
 * Every sentence of the units found, weighed by how much of the question it answers: the share of the
 * question it covers, a figure when one is asked for, the period asked about (a 2020 result is not a 2025
 * target), and a little for the order the ranking found its unit in.
 */
export function answerPicks(context: AskContext, units: CitableUnit[], search: SearchService): Pick[] {
  const figure = asksForFigure(context.question);
  const unitAsked = askedUnit(context.question);
  const period = askedPeriod(context.question);
  const count = countAsked(context.question);
  return units.flatMap((unit, rank) =>
    unitSentences(unit).map((sentence, index, all) => {
      const coverage = search.coverage(context.understood!, { title: unit.kind === "row" ? rowName(unit) : "", text: sentence });
      let score = coverage;
      // "发了多少件" is answered by a figure in 件, not by a rate of the same thing.
      if (figure && givesFigure(sentence) && (!unitAsked || givesInUnit(sentence, unitAsked))) score += FIGURE_BONUS;
      if (unitAsked && givesInUnit(sentence, unitAsked)) score += FIGURE_BONUS;
      if (period && (reportsPast(unit) ? "past" : "plan") !== period) score -= PERIOD_PENALTY;
      if (isHeading(unit, sentence)) score -= 1;
      // "是哪六块": a sentence listing six items in a row is likelier the list than one that mentions them.
      if (count && listsCount(sentence, count)) score += COUNT_BONUS;
      // "最后一句说…": the paragraph's last sentence, of two that match as well.
      if (index === placeAsked(context.question, all.length)) score += PLACE_BONUS;
      // A sentence without a concept the question names is about something else, however many of its other
      // words it shares (余杭 in a question about 残疾人之家).
      score -= CONCEPT_PENALTY * search.missingConcepts(context.understood!, `${unit.kind === "row" ? rowName(unit) : ""} ${sentence}`).length;
      score -= rank * RANK_STEP;
      return { sentence, unit, citation: unitCitation(unit.id, sentence), coverage, score };
    }),
  );
}

/**
 * The quotes a reply gives: the sentence that answers best, then only sentences that add something the
 * question asks and the quotes so far leave out, nearly as well: an unrelated sentence is never attached.
 */
export function chooseQuotes(picks: Pick[], context: AskContext, search: SearchService, max = 3): Pick[] {
  const sorted = [...picks].sort((a, b) => b.score - a.score);
  const lead = sorted[0];
  if (!lead) return [];
  const chosen = [lead];
  const text = () => chosen.map((p) => `${p.unit.kind === "row" ? rowName(p.unit) : ""}${p.sentence}`).join(" ");
  let missing = search.uncovered(context.understood!, text());
  for (const pick of sorted.slice(1)) {
    if (chosen.length >= max || !missing.length || pick.score < lead.score * ADDED_MIN) break;
    if (chosen.some((c) => c.sentence === pick.sentence)) continue;
    const now = search.uncovered(context.understood!, `${text()} ${pick.sentence}`);
    if (now.length < missing.length) {
      chosen.push(pick);
      missing = now;
    }
  }
  return chosen;
}

/**
 * Units anywhere in the plan with a sentence that gives a figure, names the question's concepts and covers
 * much of it: a figure
 * asked for is looked for across the whole plan, as the ranking may have found only its neighbours.
 */
export function figureUnits(context: AskContext, search: SearchService, known: Set<string>): CitableUnit[] {
  if (!asksForFigure(context.question)) return [];
  const found: { unit: CitableUnit; coverage: number }[] = [];
  for (const unit of getContent().units.values()) {
    if (known.has(unit.id)) continue;
    // Found outside the ranking, a sentence must name every concept the question names.
    const named = unitSentences(unit).filter((sentence) => givesFigure(sentence) && !search.missingConcepts(context.understood!, `${unit.kind === "row" ? rowName(unit) : ""} ${sentence}`).length);
    const coverage = Math.max(0, ...named.map((sentence) => search.coverage(context.understood!, { title: unit.kind === "row" ? rowName(unit) : "", text: sentence })));
    if (coverage >= FIGURE_MIN_COVERAGE) found.push({ unit, coverage });
  }
  return found.sort((a, b) => b.coverage - a.coverage).slice(0, 3).map((f) => f.unit);
}

/** A sentence found outside the ranked units must cover at least this much of the question. */
const FIGURE_MIN_COVERAGE = 0.45;
/**
 * A quote's sentence with the ones after it in the same unit, as one contiguous span: the plan explains a
 * term it has just named there ("实现“1+3+2”…。“1”表示…;“3”表示…"). Stops before a span grows past a short
 * paragraph.
 */
export function withFollowing(pick: Pick): Pick {
  if (pick.unit.kind === "row") return pick;
  const sentences = unitSentences(pick.unit);
  const at = sentences.indexOf(pick.sentence);
  if (at < 0) return pick;
  let sentence = pick.sentence;
  for (const next of sentences.slice(at + 1)) {
    if ([...sentence].length + [...next].length > SPAN_MAX) break;
    sentence += next;
  }
  return sentence === pick.sentence ? pick : { ...pick, sentence, citation: unitCitation(pick.unit.id, sentence) };
}

/** The longest span a meaning question's quote grows to, in characters. */
const SPAN_MAX = 240;
/** How much a figure helps a sentence when one is asked for, as a share of the question covered. */
const FIGURE_BONUS = 0.15;
/** How much a sentence listing as many items as the question asks for gains. */
const COUNT_BONUS = 0.15;
/** How much the sentence a question places ("最后一句") gains. */
const PLACE_BONUS = 0.15;
/** How much a sentence from the other period loses: it answers another question about the same measure. */
const PERIOD_PENALTY = 0.3;
/** How much a sentence loses for each concept of the question it does not name. */
const CONCEPT_PENALTY = 0.2;
/** How much each later-ranked unit's sentences lose: the ranking breaks ties. */
const RANK_STEP = 0.02;
/** A further quote must answer at least this share as well as the first. */
const ADDED_MIN = 0.6;
