// Shortened and rearranged terms: 特校 is 特殊教育学校, 残保金 is 残疾人就业保障金 (the first characters of
// the words, in order), 托养院 is close to 托养机构 (they share 托养). Two signals beside word matching:
// an abbreviation (the typed characters appear in order in the term, starting with its first) and
// character-bigram overlap (Dice coefficient).

/** Character pairs of a word: 托养院 → 托养, 养院. */
function bigrams(word: string): string[] {
  const chars = [...word];
  return chars.slice(1).map((c, i) => chars[i] + c);
}

/** Dice coefficient of two words' character pairs: 1 for the same pairs, 0 for none shared. */
export function bigramOverlap(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.length || !y.length) return 0;
  const pool = [...y];
  let shared = 0;
  for (const pair of x) {
    const i = pool.indexOf(pair);
    if (i >= 0) {
      shared++;
      pool.splice(i, 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/** Whether `short` abbreviates `long`: same first character, every character of it in `long` in order. */
export function abbreviates(short: string, long: string): boolean {
  const s = [...short];
  const l = [...long];
  if (s.length < 2 || s.length >= l.length || s[0] !== l[0]) return false;
  let at = 0;
  for (const c of s) {
    at = l.indexOf(c, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** How well a typed word stands for a term: 1 for an abbreviation, the bigram overlap otherwise. */
export function partialScore(typed: string, term: string): number {
  if (typed === term) return 0;
  if (abbreviates(typed, term)) return 1;
  return bigramOverlap(typed, term);
}

/**
 * The best term a typed word stands for, if any scores at least `min` (terms most frequent first). Only
 * terms that begin as the typed word does: people shorten and rearrange the end of a term, not its head.
 */
export function bestPartial(typed: string, terms: string[], min = 0.4): string | undefined {
  let best: { term: string; score: number } | undefined;
  const head = [...typed][0];
  for (const term of terms) {
    if ([...term][0] !== head) continue;
    const score = partialScore(typed, term);
    if (score >= min && (!best || score > best.score)) best = { term, score };
  }
  return best?.term;
}
