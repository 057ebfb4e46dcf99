// Which plan sentence answers what, among the units a reply may quote: the one that gives a figure, the one
// that names what an entry's plain answer leaves out, the one that names a concept the reply lacks.
import { getContent } from "~/model/load.server";
import { rowSentence, type CitableUnit } from "~/model/plan";
import type { AskContext, Citation } from "./context";
import { bestSpans, scoreSentence, sentencesOf } from "./sentences";
import { unitCitation } from "./sources.server";

/** A unit's sentences as quoted: a table row is one, read with its column headers. */
export function unitSentences(unit: CitableUnit): string[] {
  return unit.kind === "row" ? [rowSentence(unit)] : sentencesOf(unit.text);
}

/** The sentence, among the units the sources quote, that best answers the question and gives a figure. */
export function figureSentence(context: AskContext, candidates: Citation[]): { sentence: string; citation: Citation } | undefined {
  const terms = context.understood?.terms ?? [];
  let best: { sentence: string; citation: Citation; score: number } | undefined;
  for (const citation of candidates) {
    // A table row is one answer, read with its headers (its quote); other units give their best span.
    const unit = getContent().units.get(citation.id);
    const spans =
      unit?.kind === "row"
        ? [{ quote: rowSentence(unit), score: scoreSentence(rowSentence(unit), terms, context.question) }]
        : citation.text.length < 200 && !/[。；]/.test(citation.text)
          ? [{ quote: citation.quote, score: scoreSentence(citation.quote, terms, context.question) }]
          : bestSpans(citation.text, terms, context.question, 1);
    for (const s of spans) {
      if (/\d/.test(s.quote) && (!best || s.score > best.score)) best = { sentence: s.quote, citation, score: s.score };
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
