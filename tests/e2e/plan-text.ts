// The official text cut into pieces for the rendered-page check. The repairs and page titles are the ones
// recorded in tests/unit/plan-source.ts, which the file-level check (tests/unit/plan-fidelity.ts) uses too.
import { PAGE_TITLES, readRepairedSource } from "../unit/plan-source";

const WIDE: Record<string, string> = { "，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?", "　": "" };

/** What a reader sees, compared loosely: punctuation width, quotes, markup and whitespace do not count. */
export function normalize(text: string): string {
  return text
    .replace(/[，；：（）！？　]/g, (c) => WIDE[c])
    .replace(/[“”"'‘’「」]/g, "")
    .replace(/[*_`#>|\\[\]{}]/g, "")
    .replace(/\s+/g, "");
}

/** The official text, repaired. */
export const officialText = () => readRepairedSource();

/** The official text's sentences and table cells, in order. */
export function officialPieces(source = officialText()): string[] {
  return source
    .split(/(?<=[。;；!?！？])|\n+/)
    .map((s) => s.trim())
    .filter((s) => normalize(s).length >= 8)
    .flatMap((s) => (s.includes("\t") ? s.split("\t") : [s]))
    .filter((s) => normalize(s).length >= 4);
}

/**
 * The rendered lines (a paragraph, a heading, a table row with its cells) cut at sentence ends, that the
 * official text does not have anywhere: added sentences, changed cells. Page titles that are not printed
 * text (印发通知) are allowed.
 */
export function addedPieces(rendered: string, source = officialText()): string[] {
  const official = normalize(source);
  const titles = new Set(Object.values(PAGE_TITLES).map(normalize));
  return rendered
    .split(/\n|(?<=[。;；!?！？])/)
    .map(normalize)
    .filter((piece) => piece && !titles.has(piece) && !official.includes(piece));
}
