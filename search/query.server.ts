// Understands a search query in people's own words: everyday Chinese and English terms from the glossary
// become the words the plan uses, and filler words are dropped. Both engines search the result.
import { escapeRegExp } from "../app/lib/regexp";
import { dictionaryWords, segment, segmentForSearch } from "./segment.server";
import type { SearchDocument } from "./types";
import { FUNCTION_WORDS, baseForm, chineseFor, figureFrames, sameMeaning } from "./understanding/english";
import { isEnglish } from "./understanding/language";
import { MeasureReader, measureConceptId, measureStems, type Measure } from "./understanding/measures";
import { normalizeQuery } from "./understanding/normalize";
import { abbreviates, bestPartial } from "./understanding/partial";
import { isPeriodName, withoutOtherPeriods } from "./understanding/period";
import { SoundIndex, type SoundMatch } from "./understanding/pinyin";

/**
 * A concept a query can name: the plan's term, its aliases, and the everyday and English words for it.
 * Only what search reads of a glossary entry (content/glossary.yaml), so search does not depend on the
 * content model: a glossary entry is a concept as it is.
 */
export interface Concept {
  id: string;
  term: string;
  aliases: string[];
  everyday: string[];
  en: string[];
}

/** What the site's query understanding is made from: the glossary and Hangzhou's districts (content/facts.yaml). */
export interface ConceptSources {
  glossary: Concept[];
  facts: { districts: { name: string; name_en: string }[] };
  /** Other concepts people name: the subsidies and services, with the words people use for them. */
  others: Concept[];
  /** What the plan's figures measure, with their English names (content/plan-measures.yaml). */
  measures: Measure[];
}

/** The concepts a question names itself: typed, not guessed from everyday or English words, and no district. */
/** Words of degree ("very", "rather") that open an everyday phrase. */
const DEGREE = /^(特别|非常|比较|十分|相当|格外|极其|极|挺|太|很|超级)/;

export function namedConcepts(understood: UnderstoodQuery): Concept[] {
  return understood.concepts.filter((c) => !understood.inferred.includes(c.id) && !c.id.startsWith("district-"));
}

export interface UnderstoodQuery {
  /** What the person typed. */
  raw: string;
  /** The query to send to an engine: the plan's terms first, then the person's remaining words. */
  text: string;
  /** Every term the query stands for (terms and their aliases), for highlighting and OR-matching. */
  terms: string[];
  /** The concepts (glossary entries, districts) the query mentioned. */
  concepts: Concept[];
  /** Ids of concepts read only from everyday or English words (an inference, weaker than the term typed). */
  inferred: string[];
  /** Stretches read by their sound as another word (无账碍 → 无障碍): shown as "您是不是要找…". */
  corrections: SoundMatch[];
  /**
   * Words read as a longer term (特校 → 特殊教育学校), English words read as Chinese (interpreter → 翻译) and
   * Chinese words the content never uses read as its word of the same meaning (洗澡 → 洗浴, `sameMeaning`).
   */
  readAs: { typed: string; word: string; sameMeaning?: true }[];
}

/** A text with the stretches a reading heard by their sound written as the words they sound like (规化 → 规划). */
export function asHeard(text: string, understood: Pick<UnderstoodQuery, "corrections">): string {
  return understood.corrections.reduce((heard, c) => heard.replace(c.typed, c.word), text);
}

// Words that carry no meaning for search in questions people type ("…要钱吗", "怎么办理…"). Dropped only
// as whole words after segmentation, so 社会 in 社会保险 is never touched.
const STOP_WORDS = new Set([
  ...(
    "请问 我 我们 我家 我的 你 你们 他 她 它 想 想要 要 需要 能 能不能 可以 可不可以 会 有 有没有 是 是不是 是否 " +
    "吗 呢 吧 啊 呀 么 嘛 的 了 着 过 和 与 及 在 给 对 把 被 怎么 怎么办 怎么样 怎样 如何 什么 哪些 哪里 哪儿 多少 一下 这个 那个 " +
    "am please like want need tell know hardly"
  ).split(" "),
  ...FUNCTION_WORDS,
]);

const isLatin = (s: string) => /^[\x20-\x7e]+$/.test(s);

interface Form {
  text: string;
  entry: Concept;
  /** Everyday and English words are replaced by the plan's term; the term and its aliases stay as typed. */
  replace: boolean;
  /** A term typed in another order is replaced by the term, yet named by the asker, not guessed. */
  named?: boolean;
  /** Where the form stands in a query: Latin forms only as whole words. Made once, not per question. */
  pattern: RegExp;
}

/** Concepts that name a kind of figure (a target, a coverage rate, an investment), not what it is about. */
const FIGURE_FRAMES = new Set(["target-value", "coverage-rate", "floor-area", "investment"]);

export class QueryUnderstanding {
  private readonly forms: Form[];
  /** Every form's text, for the checks made once per word of a query. */
  private readonly formTexts: Set<string>;

  private readonly englishWords: Form[];

  /**
   * `corpus` is the text being searched: an everyday word that the content itself uses (培智学校) is
   * searched as typed rather than swapped for the general term.
   */
  private readonly vocabulary: Set<string>;
  private readonly sounds: SoundIndex;
  /** Words of three characters or more, most frequent first: what a shortened or rearranged term may stand for. */
  private readonly longWords: string[];
  private readonly measures: MeasureReader;

  /**
   * `corpus` is the text being searched: an everyday word that the content itself uses (培智学校) is
   * searched as typed rather than swapped for the general term. `vocabularyText` is all the site's text,
   * whose words are what typos and shortened terms are read as. `measures` are the plan's figures by name,
   * which English questions are read for.
   */
  constructor(
    private readonly glossary: Concept[],
    corpus = "",
    vocabularyText = corpus,
    measures: Measure[] = [],
  ) {
    this.measures = new MeasureReader(measures);
    const inCorpus = (word: string) => corpus.includes(word);
    const counts = new Map<string, number>();
    const phrases = new Map<string, number>();
    const han = (w: string) => /^\p{Script=Han}+$/u.test(w);
    for (const sentence of vocabularyText.split(/[\n。；，、：！？,;:!?]+/)) {
      const words = segment(sentence);
      words.forEach((word, i) => {
        if (han(word) && word.length >= 2) counts.set(word, (counts.get(word) ?? 0) + 1);
        // Runs of two or three words make the compound terms people shorten (特殊教育 + 学校 → 特校).
        for (let n = 2; n <= 3 && i + n <= words.length; n++) {
          const run = words.slice(i, i + n);
          const phrase = run.join("");
          if (run.every(han) && phrase.length >= 4 && phrase.length <= 9) phrases.set(phrase, (phrases.get(phrase) ?? 0) + 1);
        }
      });
    }
    // A compound counts as a term once the content uses it more than once.
    for (const [phrase, n] of phrases) if (n >= 2 && !counts.has(phrase)) counts.set(phrase, n);
    for (const entry of glossary) for (const form of [entry.term, ...entry.aliases]) if (/^\p{Script=Han}{2,}$/u.test(form)) counts.set(form, (counts.get(form) ?? 0) + 1);
    const byFrequency = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
    this.vocabulary = new Set(byFrequency);
    this.sounds = new SoundIndex(byFrequency);
    this.longWords = byFrequency.filter((w) => [...w].length >= 3);
    this.forms = glossary
      .flatMap((entry) => [
        ...[entry.term, ...entry.aliases].map((text) => ({ text, entry, replace: false })),
        ...entry.everyday.filter((w) => !inCorpus(w)).map((text) => ({ text, entry, replace: true })),
        ...entry.en.map((text) => ({ text, entry, replace: true })),
        // A two-word term said the other way round (预防残疾 for 残疾预防, 服务康复 for 康复服务) is that term.
        ...[entry.term, ...entry.aliases].flatMap((text) => swapped(text)).map((text) => ({ text, entry, replace: true, named: true })),
      ])
      .map((f) => {
        const text = f.text.toLowerCase();
        const pattern = isLatin(text) ? new RegExp(`(?<![a-z0-9])${escapeRegExp(text)}(?![a-z0-9])`, "g") : new RegExp(escapeRegExp(text), "g");
        return { ...f, text, pattern };
      })
      // Longest first, so 重度残疾人护理补贴 wins over 补贴 and "hearing aid" over "aid".
      .sort((a, b) => b.text.length - a.text.length);
    this.englishWords = this.forms.filter((f) => /^[a-z]{5,}$/.test(f.text));
    this.formTexts = new Set(this.forms.map((f) => f.text));
  }

  /** An English word of five letters or more with one typo (two from nine letters) is read as the word. */
  private correctSpelling(word: string): string {
    if (!/^[a-z]{5,}$/.test(word) || this.formTexts.has(word)) return word;
    const allowed = word.length >= 9 ? 2 : 1;
    let best: { text: string; distance: number } | undefined;
    for (const form of this.englishWords) {
      const distance = editDistance(word, form.text, allowed);
      if (distance <= allowed && (!best || distance < best.distance)) best = { text: form.text, distance };
    }
    return best?.text ?? word;
  }

  /**
   * Reads by sound the stretches of Chinese the vocabulary does not know: runs of single characters and
   * unknown words between known ones (无/账/碍 → 无障碍), never a known word or a filler word.
   */
  private bySound(text: string): { text: string; corrections: SoundMatch[] } {
    const corrections: SoundMatch[] = [];
    const heard = text.replace(/\p{Script=Han}+/gu, (run) => {
      let out = "";
      let unknown = "";
      const flush = () => {
        let piece = unknown;
        // A shortened term (残保金 for 残疾人就业保障金) is not a typo, even when part of it sounds like a word.
        const shortened = unknown.length >= 2 && this.longWords.some((w) => abbreviates(unknown, w));
        for (const match of unknown.length >= 2 && !shortened ? this.sounds.correct(unknown).filter((m) => !splitsWord(unknown, m.typed)) : []) {
          piece = piece.replace(match.typed, match.word);
          corrections.push(match);
        }
        out += piece;
        unknown = "";
      };
      for (const word of segment(run)) {
        if (this.vocabulary.has(word) || STOP_WORDS.has(word) || this.formTexts.has(word)) {
          flush();
          out += word;
        } else unknown += word;
      }
      flush();
      return out;
    });
    return { text: heard, corrections };
  }

  /**
   * Words left over after the concepts were read: an English word or pair the dictionary knows becomes the
   * content's Chinese word for it; a Chinese word the content does not have may be a shortened or
   * rearranged term (特校 → 特殊教育学校).
   */
  private readLeftovers(leftovers: string[], named: Set<string>): UnderstoodQuery["readAs"] {
    const read: UnderstoodQuery["readAs"] = [];
    // Words a figure's name accounts for ("registered social organisations") are not guessed at one by one.
    const latin = leftovers.filter(isLatin).flatMap((w) => w.split(" ")).filter((w) => !measureStems(w).some((s) => named.has(s)));
    const known = (w: string) => this.vocabulary.has(w);
    // The longest run of words the dictionary knows as one sense ("sign language" before "sign").
    for (let i = 0; i < latin.length; ) {
      let taken = 1;
      for (let length = Math.min(3, latin.length - i); length >= 1; length--) {
        const typed = latin.slice(i, i + length).join(" ");
        if (length === 1 && (STOP_WORDS.has(typed) || STOP_WORDS.has(baseForm(typed)))) break;
        const word = chineseFor(typed).find(known);
        if (word) {
          read.push({ typed, word });
          taken = length;
          break;
        }
      }
      i += taken;
    }
    for (const word of leftovers.filter((w) => !isLatin(w) && [...w].length >= 2 && !this.vocabulary.has(w))) {
      // A stretch opening with a period ("十四五末要到") is not a shortened name of the period, nor one opening
      // with a word of degree ("特别重" is very severe, not 特别生态功能区).
      const term = DEGREE.test(word) ? undefined : bestPartial(word, this.longWords);
      if (term && !isPeriodName(term)) read.push({ typed: word, word: term });
      // A word of the language the content never uses may mean what one of its words means (上门帮着洗澡 → 洗浴).
      for (const part of segment(word)) {
        if (this.vocabulary.has(part) || STOP_WORDS.has(part)) continue;
        const same = sameMeaning(part).find(known);
        if (same) read.push({ typed: part, word: same, sameMeaning: true });
      }
    }
    return read;
  }

  understand(raw: string): UnderstoodQuery {
    const read = normalizeQuery(raw);
    const spelled = withoutOtherPeriods(isEnglish(raw) ? figureFrames(read) : read)
      .split(" ")
      .map((w) => this.correctSpelling(w))
      .join(" ");
    const { text: normalized, corrections } = this.bySound(spelled);
    // Matched words are swapped for placeholders so a shorter form cannot match inside them again.
    const kept: string[] = [];
    const replaced: boolean[] = [];
    let text = normalized;
    const concepts: Concept[] = [];
    const typed = new Set<string>();
    for (const form of this.forms) {
      // A plain substring test first: most of the hundreds of forms are not in a given question.
      if (!text.includes(form.text)) continue;
      const { pattern } = form;
      pattern.lastIndex = 0;
      if (!pattern.test(text)) continue;
      text = text.replace(pattern, () => {
        kept.push(form.replace ? form.entry.term : form.text);
        replaced.push(form.replace);
        return ` \u0000${kept.length - 1}\u0000 `;
      });
      if (!concepts.includes(form.entry)) concepts.push(form.entry);
      if (!form.replace || form.named) typed.add(form.entry.id);
    }
    // Terms as typed go back in place (so 就业率 stays one word); replaced words stand alone.
    const rebuilt = text.replace(/ \u0000(\d+)\u0000 /g, (_m, i: string) => {
      const word = kept[Number(i)];
      return replaced[Number(i)] ? ` ${word} ` : word;
    });
    // Single letters are what is left of "I'm" and "I'd".
    const words = rebuilt.split(/\s+/).filter((w) => w && !/^[a-z]$/.test(w)).flatMap(withoutStopWords);
    // The plan's terms come first (Meilisearch drops words from the end when nothing matches them all):
    // terms as typed, then terms read from everyday or English words, then the rest.
    const typedTerms = kept.filter((_, i) => !replaced[i]);
    const readTerms = kept.filter((_, i) => replaced[i]);
    const rank = (w: string) => (typedTerms.includes(w) ? 0 : readTerms.includes(w) ? 1 : 2);
    const unique = [...new Set(words)].sort((a, b) => rank(a) - rank(b));
    const leftovers = unique.filter((w) => !concepts.some((c) => c.term === w || c.aliases.includes(w)));
    // An English question naming a figure's measure is read as the plan's name for it, an inference.
    // A Chinese question may name a rate as printed: that is typed, not inferred.
    const english = isEnglish(raw);
    // …or ask one in its own words ("读高中的比例"): a guess, like an English reading.
    const printed = english ? [] : this.measures.rates(normalized);
    // A rate guessed so is one whose name has every subject the question names (医保 → 医疗保险): a piece of a
    // name shared with a question about something else (精神 of 精神、智力残疾人…托养比例 in a question on
    // 精神残疾人住院救助) is not that rate.
    const subjects = concepts.filter((c) => typed.has(c.id) && !c.id.startsWith("district-") && !FIGURE_FRAMES.has(c.id));
    const inWords = () => this.measures.ratesInWords(normalized).filter((m) => subjects.every((c) => [c.term, ...c.aliases].some((form) => m.zh.includes(form))));
    const measured = english ? this.measures.read(normalized) : { measures: printed.length ? printed : inWords(), words: new Set<string>() };
    const named = measured.measures.map((m): Concept => ({ id: measureConceptId(m), term: m.zh, aliases: [], everyday: [], en: [] }));
    concepts.push(...named);
    for (const c of named) if (printed.some((m) => measureConceptId(m) === c.id)) typed.add(c.id);
    const readAs = this.readLeftovers(leftovers, measured.words);
    const readWords = [...new Set(readAs.filter((r) => !r.sameMeaning).map((r) => r.word))];
    const meaningWords = [...new Set(readAs.filter((r) => r.sameMeaning).map((r) => r.word))].filter((w) => !readWords.includes(w));
    // Words read from English or from a shortened term come after the concepts and before the rest; words read
    // by their meaning come last, the first an engine drops: they are the loosest guess (全家 → 一家).
    const ordered = [...unique.filter((w) => rank(w) < 2), ...named.map((c) => c.term), ...readWords.filter((w) => !unique.includes(w)), ...unique.filter((w) => rank(w) === 2), ...meaningWords.filter((w) => !unique.includes(w))];
    const terms = [...new Set([...concepts.flatMap((c) => [c.term, ...c.aliases]), ...readWords, ...meaningWords, ...leftovers.flatMap((w) => segmentForSearch(w))])];
    const inferred = concepts.filter((c) => !typed.has(c.id)).map((c) => c.id);
    return { raw, text: ordered.join(" ") || normalized, terms: terms.length ? terms : [normalized], concepts, inferred, corrections, readAs };
  }

  /**
   * Meilisearch synonyms: a term and its aliases find each other. Everyday and English words are not among
   * them: `understand` has already read them as their terms before any engine sees the query, and as index
   * synonyms they cost Meilisearch ~11 ms a question for nothing (decision 0022).
   */
  synonyms(): Record<string, string[]> {
    const synonyms: Record<string, Set<string>> = {};
    const add = (from: string, to: string[]) => {
      const key = from.toLowerCase();
      synonyms[key] ??= new Set();
      for (const t of to) if (t.toLowerCase() !== key) synonyms[key].add(t);
    };
    for (const entry of this.glossary) {
      const same = [entry.term, ...entry.aliases];
      for (const word of same) add(word, same);
    }
    return Object.fromEntries(Object.entries(synonyms).filter(([, v]) => v.size).map(([k, v]) => [k, [...v]]));
  }
}

/** Damerau–Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      rowMin = Math.min(rowMin, d[i][j]);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length][b.length];
}

/**
 * Drops filler words from one space-free chunk, keeping the rest joined as typed: 我想问残疾人就业率
 * becomes 残疾人就业率, not 残疾人 就业率, so the engines see the phrase the person wrote.
 */
function withoutStopWords(chunk: string): string[] {
  const runs: string[] = [];
  let run = "";
  for (const word of segment(chunk)) {
    if (STOP_WORDS.has(word.toLowerCase())) {
      if (run) runs.push(run);
      run = "";
    } else run += isLatin(word) && run && isLatin(run.slice(-1)) ? ` ${word}` : word;
  }
  if (run) runs.push(run);
  return runs;
}

/** A Chinese term of two words of two characters or more, the other way round ("残疾预防" → "预防残疾"); [] otherwise. */
function swapped(term: string): string[] {
  const words = /^\p{Script=Han}+$/u.test(term) ? segment(term) : [];
  return words.length === 2 && words.every((w) => [...w].length >= 2) ? [`${words[1]}${words[0]}`] : [];
}


/**
 * Query understanding for a set of search documents. Only the plan's own text decides which everyday
 * words stay as typed: FAQ questions are written in everyday words on purpose.
 */
function understandingFor(glossary: Concept[], documents: SearchDocument[], measures: Measure[]): QueryUnderstanding {
  const text = (docs: SearchDocument[]) => docs.map((d) => `${d.title}\n${d.text}`).join("\n");
  const planText = documents.filter((d) => d.type === "task" || d.type === "plan" || d.type === "table");
  return new QueryUnderstanding(glossary, text(planText), text(documents), measures);
}

/**
 * Whether reading `typed` as another word would cut a word of the language in two, or replace one: in 人吃药,
 * reading 人吃 as 人次 would break 吃药, which is how people say it, not a typo. A correction that takes in
 * the whole of a stretch that is no word (无账碍 → 无障碍) is fine.
 */
function splitsWord(stretch: string, typed: string): boolean {
  // A word of the language typed whole (过期) is what was meant, not a typo of a word that sounds the same (国企).
  if (dictionaryWords(typed).has(typed)) return true;
  const start = stretch.indexOf(typed);
  const end = start + typed.length;
  for (const word of dictionaryWords(stretch)) {
    for (let at = stretch.indexOf(word); at >= 0; at = stretch.indexOf(word, at + 1)) {
      const overlaps = at < end && at + word.length > start;
      const inside = at >= start && at + word.length <= end;
      if (overlaps && !inside) return true;
    }
  }
  return false;
}

/** Hangzhou's districts as concepts, so "Tonglu County" or "滨江" finds 桐庐县 and 滨江区 (content/facts.yaml). */
function districtConcepts(districts: { name: string; name_en: string }[]): Concept[] {
  return districts.map((d, i) => ({
    id: `district-${i + 1}`,
    term: d.name,
    aliases: [],
    everyday: d.name.length > 2 ? [d.name.slice(0, -1)] : [],
    en: [d.name_en, d.name_en.replace(/ (District|County|City)$/, "")],
  }));
}

/** The site's query understanding: the glossary, the other concepts and the districts, over the content's documents. */
export function understandingForContent(content: ConceptSources, documents: SearchDocument[]): QueryUnderstanding {
  return understandingFor([...content.glossary, ...content.others, ...districtConcepts(content.facts.districts)], documents, content.measures);
}
