// Where a page first uses each glossary term, so that use can link to its explanation (WCAG 3.1.3, 3.1.4).
// Computed by the loader over the page's texts in reading order; pages render the marks as links.
import type { GlossaryEntry } from "./schemas";

export interface TermMark {
  start: number;
  end: number;
  /** The glossary entry id, which is also its anchor on /glossary. */
  id: string;
}

export interface PageText {
  key: string;
  text: string;
}

/** The words that may be linked: listed entries' terms and aliases of two characters or more. */
function surfaces(glossary: GlossaryEntry[]): { surface: string; id: string }[] {
  return glossary
    .filter((e) => e.list)
    .flatMap((e) => [e.term, ...e.aliases].filter((s) => s.length >= 2 && !/^[\d\s]+$/.test(s)).map((surface) => ({ surface, id: e.id })))
    .sort((a, b) => b.surface.length - a.surface.length);
}

/**
 * Marks the first use of each term across the texts, in order. Within a text, the earliest use wins and
 * longer words win over the shorter words inside them (残疾人之家 over 残疾人).
 */
export function firstUses(texts: PageText[], glossary: GlossaryEntry[], alreadyExplained: Iterable<string> = []): Record<string, TermMark[]> {
  const words = surfaces(glossary);
  const used = new Set(alreadyExplained);
  const marks: Record<string, TermMark[]> = {};
  for (const { key, text } of texts) {
    const candidates: TermMark[] = [];
    for (const { surface, id } of words) {
      if (used.has(id)) continue;
      const start = text.indexOf(surface);
      if (start >= 0) candidates.push({ start, end: start + surface.length, id });
    }
    candidates.sort((a, b) => a.start - b.start || b.end - a.end);
    const chosen: TermMark[] = [];
    for (const c of candidates) {
      if (used.has(c.id) || chosen.some((m) => c.start < m.end && m.start < c.end)) continue;
      chosen.push(c);
      used.add(c.id);
    }
    if (chosen.length) marks[key] = chosen;
  }
  return marks;
}
