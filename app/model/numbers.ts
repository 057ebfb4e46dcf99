// Numbers in text, normalised so "5.4 万", "54000" and "五万四千" compare equal, for the rule that every
// number in derived text appears in the units it cites (docs/architecture.md#truth-rules).

import { chineseNumeral } from "~/lib/numerals";

// English scale words, so "692 million yuan" in an English summary compares equal to the plan's "6.92 亿元".
const SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8, thousand: 1e3, million: 1e6, billion: 1e9 };

const ARABIC = /(\d+(?:\.\d+)?)\s*(万|亿|thousand\b|million\b|billion\b)?/g;
// Only numerals with a place word (十, 百, 千, 万, 亿): a lone 一 is usually a word (统一, 一体化), not a number.
const CHINESE = /[零〇一二两三四五六七八九]*[十百千万亿][零〇一二两三四五六七八九十百千万亿]*/g;
// Names that contain numerals but are not numbers.
const NAMES = /十[一二三四五]五|“十五年”/g;

interface FoundNumber {
  /** As written, for messages. */
  shown: string;
  /** Every normalised reading ("5.4 万" reads as 54000 and as 5.4). */
  values: string[];
}

const round = (n: number) => String(Math.round(n * 1e6) / 1e6);

function extract(text: string): FoundNumber[] {
  const normalized = text
    .normalize("NFKC")
    .replace(NAMES, (m) => (m.includes("十五年") ? "15年" : " "))
    .replace(/(\d),(?=\d{3}(?!\d))/g, "$1");
  const found: FoundNumber[] = [];
  for (const m of normalized.matchAll(ARABIC)) {
    const value = Number(m[1]) * (m[2] ? SCALE[m[2]] : 1);
    found.push({ shown: m[0].trim(), values: m[2] ? [round(value), m[1]] : [round(value)] });
  }
  for (const m of normalized.matchAll(CHINESE)) {
    // A unit word on its own (the 万 of "18500 万元", 千万) is not a number by itself.
    if (!/[零〇一二两三四五六七八九十]/.test(m[0])) continue;
    const value = chineseNumeral(m[0]);
    if (value !== undefined) found.push({ shown: m[0], values: [round(value)] });
  }
  return found;
}

/** Every number in the text, as normalised strings ("54000", "99", "0.5"). */
export function numbersIn(text: string): string[] {
  return extract(text).flatMap((n) => n.values);
}

/** The numbers in `derived` that do not appear in `sources` (exempt numbers are allowed anyway). */
export function unsupportedNumbers(derived: string, sources: string[], exempt: string[] = []): string[] {
  const known = new Set([...sources, ...exempt].flatMap(numbersIn));
  return extract(derived)
    .filter((n) => !n.values.some((v) => known.has(v)))
    .map((n) => n.shown);
}
