// What a query looks like before it is read: one form for every way of typing it. Full-width letters and
// digits become half-width, Latin letters lower case, traditional characters simplified (the content is in
// simplified Chinese: 殘疾人護理補貼 is 残疾人护理补贴) and Cantonese function words Mandarin (邊個 is 哪个),
// a year written short is spelled out (25年 → 2025年), punctuation becomes space, and Chinese and Latin runs
// are kept apart.
import { Converter } from "opencc-js";
import { mandarinWords } from "./cantonese";
import { fullYears } from "./period";

// Traditional (any region) to mainland simplified, character by character: about 4 MB, made once.
let toSimplified: ((text: string) => string) | undefined;

/**
 * The question as the content is written: simplified characters, and Cantonese function words as the Mandarin
 * ones (cantonese.ts), so every reading of its shape ("哪两个部门…发的") reads it as it reads Mandarin.
 */
export function simplified(text: string): string {
  toSimplified ??= Converter({ from: "t", to: "cn" });
  return mandarinWords(toSimplified(text));
}

export function normalizeQuery(raw: string): string {
  return simplified(fullYears(raw.normalize("NFKC")))
    .toLowerCase()
    // A plus between digits is part of a name ("1+3+2"), not punctuation.
    .replace(/(?!%)(?!(?<=\d)\+(?=\d))[\p{P}\p{S}]/gu, " ")
    .replace(/(\p{Script=Han})(?=[a-z0-9])|([a-z0-9%])(?=\p{Script=Han})/gu, "$1$2 ")
    .replace(/\s+/g, " ")
    .trim();
}
