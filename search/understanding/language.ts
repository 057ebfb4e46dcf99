// The language a question is written in. Its own small module: the browser's bundle needs it (the reply
// language of app/lib/lang.ts) without the rest of the query understanding.

/**
 * Whether a question is written in English: mostly English words (a Chinese term inside an English sentence
 * keeps it English; an "APP" inside a Chinese one does not). The one rule for the reply's language too.
 */
export function isEnglish(text: string): boolean {
  const words = text.match(/[A-Za-z]{2,}/g)?.length ?? 0;
  return words >= 3 || (words >= 1 && !/\p{Script=Han}/u.test(text));
}
