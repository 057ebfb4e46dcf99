// Typos the way Chinese users make them: people type with pinyin, so a wrong character usually sounds like
// the right one (无账碍 for 无障碍, 救业 for 就业, 康复训连 for 康复训练). Every word of the site's own
// vocabulary is indexed by its sound; a stretch of a query the vocabulary does not have is read as the
// vocabulary word that sounds the same, or nearly (zh/z, ch/c, sh/s, n/l, en/eng, in/ing: the pairs many
// speakers do not tell apart).
import { pinyin } from "pinyin-pro";

/** Toneless syllables, one per character ("wu zhang ai"). */
export function syllables(word: string): string[] {
  return pinyin(word, { toneType: "none", type: "array", nonZh: "removed" });
}

const NEAR: [RegExp, string][] = [
  [/^zh/, "z"],
  [/^ch/, "c"],
  [/^sh/, "s"],
  [/^n(?=[aeiou])/, "l"],
  [/eng$/, "en"],
  [/ing$/, "in"],
];

/** A syllable as it sounds to someone who does not tell the near pairs apart. */
function near(syllable: string): string {
  return NEAR.reduce((s, [from, to]) => s.replace(from, to), syllable);
}

export interface SoundMatch {
  /** The stretch of the query that was read by its sound. */
  typed: string;
  /** The vocabulary word it was read as. */
  word: string;
}

export class SoundIndex {
  private readonly exact = new Map<string, string>();
  private readonly close = new Map<string, string>();
  private readonly known: Set<string>;

  /** `words` most frequent first: where two words sound alike, the more common one is chosen. */
  constructor(words: string[]) {
    this.known = new Set(words);
    for (const word of words) {
      const sound = syllables(word);
      if (sound.length !== [...word].length) continue;
      const key = sound.join(" ");
      if (!this.exact.has(key)) this.exact.set(key, word);
      const nearKey = sound.map(near).join(" ");
      if (!this.close.has(nearKey)) this.close.set(nearKey, word);
    }
  }

  /**
   * The vocabulary words a Chinese run stands for, read by sound: windows of two to six characters that
   * the vocabulary does not have, longest first, each replaced by a word that sounds the same (or nearly).
   */
  correct(run: string): SoundMatch[] {
    const chars = [...run];
    const matches: SoundMatch[] = [];
    for (let start = 0; start < chars.length; ) {
      let matched = false;
      for (let length = Math.min(6, chars.length - start); length >= 2; length--) {
        const typed = chars.slice(start, start + length).join("");
        if (this.known.has(typed)) break;
        const sound = syllables(typed);
        if (sound.length !== length) continue;
        const word = this.exact.get(sound.join(" ")) ?? this.close.get(sound.map(near).join(" "));
        if (word && word !== typed) {
          matches.push({ typed, word });
          start += length;
          matched = true;
          break;
        }
      }
      if (!matched) start++;
    }
    return matches;
  }
}
