// Picks the sentences of a unit that answer a question best, for extractive answers and citations.
import { asksForFigure } from "../../search/understanding/figure";

/** Sentences as the plan prints them, each keeping its closing punctuation. */
function splitSentences(text: string): string[] {
  return text
    .replace(/\*\*/g, "")
    .split(/(?<=[。；;！？!?])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
}

/** Score: longer matched terms weigh more; a figure helps when the question asks for one. */
export function scoreSentence(sentence: string, terms: string[], question: string): number {
  const lower = sentence.toLowerCase();
  let score = 0;
  for (const term of new Set(terms)) {
    if (term.length >= 2 && lower.includes(term.toLowerCase())) score += Math.min(term.length, 5);
  }
  if (score > 0 && asksForFigure(question) && /\d/.test(sentence)) score += 3;
  return score;
}

export function bestSentences(text: string, terms: string[], question: string, max: number): { sentence: string; score: number }[] {
  return splitSentences(text)
    .map((sentence, index) => ({ sentence, index, score: scoreSentence(sentence, terms, question) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, max)
    // Back in reading order, so two sentences read as the plan wrote them.
    .sort((a, b) => a.index - b.index)
    .map(({ sentence, score }) => ({ sentence, score }));
}
