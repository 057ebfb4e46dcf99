// Quotes are chosen, not typed (issue 19): the editor searches the official text and ticks sentences. A
// choice carries its document, unit and the sentence exactly as printed, so every quote is verbatim by
// construction; content:check still checks it like any other.
import type { ContentModel } from "~/model/plan";

export interface QuoteChoice {
  document: string;
  unit: string;
  quote: string;
}

/** The sentences of a unit's text, each with its closing mark, as printed. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[。；！？])/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 4);
}

/** Sentences of the official text containing every word of the search, with where they are. */
export function findSentences(content: ContentModel, search: string, limit = 30): (QuoteChoice & { where: string })[] {
  const words = search.split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const out: (QuoteChoice & { where: string })[] = [];
  for (const unit of content.units.values()) {
    if (unit.kind === "row") continue;
    for (const sentence of sentencesOf(unit.text)) {
      if (!words.every((w) => sentence.includes(w))) continue;
      out.push({ document: unit.chapter.document, unit: unit.id, quote: sentence, where: `${unit.chapter.heading} · ${unit.id}` });
      if (out.length >= limit) return out;
    }
  }
  return out;
}

/** A choice as one checkbox value, and back. */
export const encodeChoice = (c: QuoteChoice) => JSON.stringify([c.document, c.unit, c.quote]);
export function decodeChoice(value: string): QuoteChoice | undefined {
  try {
    const [document, unit, quote] = JSON.parse(value) as unknown[];
    return typeof document === "string" && typeof unit === "string" && typeof quote === "string" ? { document, unit, quote } : undefined;
  } catch {
    return undefined;
  }
}
