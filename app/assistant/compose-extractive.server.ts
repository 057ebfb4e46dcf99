import { hotlineNumber } from "./hotline.server";
// Step 4 (default): an answer made only of the content's own words: a FAQ's or subsidy's plain answer, or
// the plan sentences that answer best, framed in plain words.
import { translator } from "~/lib/translate";
import { answerText, type AnswerPart, type AskContext, type Citation } from "./context";
import { states } from "./fact-kinds";
import { asksForFigure } from "../../search/understanding/figure";
import { bestSentences, scoreSentence } from "./sentences";
import { sourceFor, type Source } from "./sources.server";

/** At or above this relevance the top source is taken to answer the question fully. */
const FULL_ANSWER_SCORE = 0.8;

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

/** The sentence, among the units the sources quote, that best answers the question and gives a figure. */
function figureSentence(context: AskContext, candidates: Citation[]): { sentence: string; citation: Citation } | undefined {
  const terms = context.understood?.terms ?? [];
  let best: { sentence: string; citation: Citation; score: number } | undefined;
  for (const citation of candidates) {
    const sentences = citation.text.length < 200 && !/[。；]/.test(citation.text) ? [{ sentence: citation.text, score: scoreSentence(citation.text, terms, context.question) }] : bestSentences(citation.text, terms, context.question, 3);
    for (const s of sentences) {
      if (/\d/.test(s.sentence) && (!best || s.score > best.score)) best = { ...s, citation };
    }
  }
  return best;
}

function sources(context: AskContext): Source[] {
  const terms = context.understood?.terms ?? [];
  return context.hits.flatMap((hit) => sourceFor(hit, terms, context.question) ?? []);
}

export function composeExtractive(context: AskContext): void {
  const t = translator(context.lang);
  const en = context.lang === "en";
  const found = sources(context);
  context.mode = "extractive";
  if (!found.length) {
    context.status = "not_covered";
    context.parts = [{ text: t("assistant.reply.nothing_found", { hotline: hotlineNumber() }), lang: context.lang }];
    context.citations = [];
    return;
  }
  const [top, ...rest] = found;
  // A second source helps when it is a plan sentence the first does not already quote.
  const second = rest.find((s) => !s.lead && s.citations.some((c) => !top.citations.some((tc) => tc.id === c.id)));
  const used = second && !top.lead ? [top, second] : [top];
  const citations = uniqueCitations(used.flatMap((s) => s.citations)).slice(0, 3);
  const parts: AnswerPart[] = [];

  // Only the sentences used count: a unit that mentions 13.77 亿元 elsewhere does not give a subsidy's amount.
  const missing = context.factAsked && !citations.some((c) => states(context.factAsked!, c.quote));
  if (missing) {
    // The plan does not give what was asked: say so first, then what it does say, then 12345.
    context.status = "not_covered";
    parts.push({ text: t(`assistant.missing.${context.factAsked}`), lang: context.lang });
    parts.push({ text: t("assistant.relatedIs", { title: top.hit.title }), lang: context.lang });
    parts.push({ text: t("assistant.askHotline", { hotline: hotlineNumber() }), lang: context.lang });
  } else {
    context.status = top.score >= FULL_ANSWER_SCORE ? "answered" : "partial";
    // A partial match says so first: the closest content, not a direct answer.
    if (context.status === "partial") parts.push({ text: t("assistant.partialIntro"), lang: context.lang });
    const lead = top.lead ? (en ? top.lead.en : top.lead.zh) : undefined;
    // "How many / how big / what target" asked: add the plan sentence that gives the figure, unless the
    // plain answer already carries it.
    const figure = lead && asksForFigure(context.question) ? figureSentence(context, [...top.citations, ...top.more, ...rest.flatMap((s) => s.citations)]) : undefined;
    if (lead) {
      parts.push({ text: lead, lang: context.lang });
      if (figure && !numbersOf(figure.sentence).every((n) => lead.includes(n))) {
        parts.push({ text: t("assistant.planSays"), lang: context.lang });
        parts.push({ text: `“${figure.sentence}”`, lang: "zh-CN" });
        if (!citations.some((c) => c.id === figure.citation.id)) citations.push({ ...figure.citation, quote: figure.sentence });
      } else if (top.hit.type !== "faq") parts.push({ text: t("assistant.seeSources"), lang: context.lang });
    } else {
      parts.push({ text: t("assistant.planSays"), lang: context.lang });
      parts.push({ text: `“${citations.map((c) => c.quote).join("")}”`, lang: "zh-CN" });
      parts.push({ text: t("assistant.planPeriod", { hotline: hotlineNumber() }), lang: context.lang });
    }
  }
  context.parts = parts;
  context.citations = citations;
  // Guard: an extractive answer can only contain what its sources say; an empty one is never returned.
  if (!answerText(context).trim()) throw new Error("empty extractive answer");
}
