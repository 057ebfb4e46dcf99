// How much of a question a document covers, weighted by how rare each word is in the content: the
// assistant's evidence test. Engine scores rank well but are not comparable across questions; this is.
import { namedConcepts, type UnderstoodQuery } from "./query.server";
import { countAsked, isCountWord } from "./understanding/counts";
import { englishWords } from "./understanding/english";
import { isEnglish } from "./understanding/language";
import { simplified } from "./understanding/normalize";
import { isPeriodName } from "./understanding/period";
import { segment, segmentForSearch } from "./segment.server";
import type { SearchDocument } from "./types";

// Words every unit shares, and the verbs and fillers of questions: they say nothing about which unit answers.
const GENERIC = new Set(
  ("杭州 杭州市 残疾 残疾人 规划 政策 什么 有没有 哪些 多少 可以 如何 怎么 达到 提到 做到 完成 实际 具体 一共 到底 最后 还有 除了 " +
    "不会 会不会 能不能 是不是 要求 期间 几年 那几年 现在 听说 知道 意思 情况 问题 方面 这块 有关 关于 相关 里面 干什么 干嘛 是什么 啥 怎么样 有啥 哪里 " +
    "每个 一个 这个 那个 哪个 这种 那种 一下 帮忙 帮帮 帮我 帮助 请问 规则 规定 变化 " +
    "不能 不是 没有 能否 是否 还是 或者 因为 所以 如果 这些 那些 我们 你们 他们 自己 怎样 为什么 多久 " +
    // comparing with something else says how it is asked, not about what ("跟其他地方一样吗")
    "其他 其它 别的 地方 一样 一致 相同 同样 " +
    // where in a paragraph a sentence is ("最后一句说") says which sentence, not what it says
    "一句 那句 这句 开头 结尾").split(" "),
);

/**
 * Words that only shape the question ("哪几条", "几种", "规划里有", "…吗"): what is asked, not about what. The
 * content never says them, so counting them as missing would sink every unit under the evidence floor.
 */
const ASKING = /^(哪|几|多少)|^规划(里|中|上)|(吗|呢|么)$|咋/;

// A concept read from everyday words ("没钱" → 低收入) is a guess about what was meant: it counts for less.
const INFERRED_WEIGHT = 0.6;
// A year says when, not what: "2021 2022 这几年康复" asks about 康复. It still counts, for less.
const YEAR = /^(19|20)\d{2}$/;
const YEAR_WEIGHT = 0.25;
// An English word found in an entry's English is evidence for the entry, but a weaker one than the
// content's own Chinese term: the two languages do not say everything alike.
const ENGLISH_WEIGHT = 0.5;
// A word of a story's telling (每天, 儿子, 身体) is context, not what is asked: it counts for less.
const TOLD_WEIGHT = 0.5;
// A word in at most about one document in ten is telling enough to be named as missing from an answer.
const RARE_WEIGHT = Math.log(1 + 10);

export class Relevance {
  private readonly df = new Map<string, number>();
  private readonly docs: number;
  private readonly haystacks: { doc: SearchDocument; text: string; title: string }[];

  /** How many documents' English uses each English word (in its base form). */
  private readonly englishDf = new Map<string, number>();

  constructor(documents: SearchDocument[]) {
    this.docs = documents.length;
    this.haystacks = documents.map((doc) => ({ doc, text: haystack(doc) + periodsOver(doc), title: squash(doc.title) }));
    for (const d of documents) {
      for (const word of new Set(segmentForSearch(`${d.title} ${d.text}`))) this.df.set(word, (this.df.get(word) ?? 0) + 1);
      for (const word of new Set(d.english ? englishWords(d.english) : [])) this.englishDf.set(word, (this.englishDf.get(word) ?? 0) + 1);
    }
  }

  private readonly phraseDf = new Map<string, number>();

  /** Like `weight`, for a phrase as written (残疾人之家 is rare although 残疾人 is everywhere). */
  private phraseWeight(phrase: string): number {
    const key = squash(phrase);
    let df = this.phraseDf.get(key);
    if (df === undefined) {
      df = this.haystacks.filter((h) => h.text.includes(key)).length;
      this.phraseDf.set(key, df);
    }
    return Math.log(1 + this.docs / Math.max(1, df));
  }

  /** Whether any document contains the phrase. */
  used(phrase: string): boolean {
    const key = squash(phrase);
    return this.haystacks.some((h) => h.text.includes(key));
  }

  /** Rare words weigh more. */
  private weight(word: string): number {
    const df = this.df.get(word.toLowerCase()) ?? 1;
    return Math.log(1 + this.docs / df);
  }

  /** What the question is about: each glossary concept (any of its forms) and each other content word. */
  parts(understood: UnderstoodQuery): { forms: string[]; weight: number }[] {
    const asked = askingClauses(understood.raw);
    const count = countAsked(understood.raw);
    const concepts = understood.concepts.map((c) => {
      const forms = [c.term, ...c.aliases];
      // A concept is as telling as its rarest form is rare in the content, counted as a whole phrase.
      const weight = Math.max(...forms.map((f) => this.phraseWeight(f)));
      // A concept told only in the story ("我女儿坐轮椅，今年要中考…分数咋算") describes the asker, as the story's words do.
      const told = asked !== undefined && ![...forms, ...c.everyday].some((f) => asked.includes(f.toLowerCase()));
      return { forms, weight: weight * (understood.inferred.includes(c.id) ? INFERRED_WEIGHT : 1) * (told ? TOLD_WEIGHT : 1) };
    });
    // The words of a concept's term read from everyday words ("房子" → 公共租赁住房保障…) are as much a guess
    // as the concept: the asker did not type them.
    const guessed = new Set(understood.concepts.filter((c) => understood.inferred.includes(c.id)).flatMap((c) => segment(c.term).map((w) => w.toLowerCase())));
    // A word read as the content's word of the same meaning (洗澡 → 洗浴) is one part with two forms, weighed
    // as the content's word and as the guess it is: not a second word that other units could match alone.
    const meaning = new Map(understood.readAs.filter((r) => r.sameMeaning).map((r) => [r.typed, r.word]));
    const readByMeaning = new Set(meaning.values());
    const words = understood.text
      .split(" ")
      .filter((w) => !readByMeaning.has(w) || understood.raw.includes(w))
      .filter((w) => !understood.concepts.some((c) => c.term === w || c.aliases.includes(w)))
      .flatMap((w) => segment(w))
      .map((w) => w.toLowerCase())
      // A concept's form inside a longer word (盲人 in 盲人带导盲犬) is that concept, already counted once.
      .filter((w) => !understood.concepts.some((c) => c.term === w || c.aliases.includes(w)))
      .filter((w) => !GENERIC.has(w) && !ASKING.test(w) && !isCountWord(w, count) && (w.length >= 2 || /\d/.test(w)))
      // A Chinese word the content never uses (公园, 高考) is something the content cannot speak to: it
      // counts as missing, but at half weight, as questions are full of everyday words. An English word is
      // looked for in the entries' own English; one they never use says nothing and is left out.
      .filter((w) => this.df.has(w) || /\p{Script=Han}/u.test(w))
      // In a story ("我孙子重度脑瘫…他爸妈在外地打工…他这种情况能读书吗"), the everyday words of the telling
      // describe the asker, not what is asked: only the asking clause's are weighed as missing.
      .filter((w) => !asked || this.df.has(w) || this.used(w) || asked.includes(w))
      // A word the segmenter cut differently in the content (导盲犬 inside 导盲犬服务接受度) but that the content
      // contains is as telling as it is rare there.
      .map((w) => {
        const told = asked && !asked.includes(w) ? TOLD_WEIGHT : 1;
        const same = meaning.get(w);
        if (same) return { forms: [w, same], weight: this.phraseWeight(same) * INFERRED_WEIGHT * told };
        const weight = this.df.has(w) ? this.weight(w) : this.used(w) ? this.phraseWeight(w) : 0.5 * Math.log(1 + this.docs);
        return { forms: [w], weight: weight * (YEAR.test(w) || isPeriodName(w) ? YEAR_WEIGHT : 1) * told * (guessed.has(w) && !understood.raw.toLowerCase().includes(w) ? INFERRED_WEIGHT : 1) };
      });
    // English words are looked for in English questions: an "APP" inside a Chinese question is not one.
    const english = (isEnglish(understood.raw) ? englishWords(understood.raw) : [])
      .filter((w) => this.englishDf.has(w))
      .map((w) => ({ forms: [`|${w}|`], weight: ENGLISH_WEIGHT * Math.log(1 + this.docs / (this.englishDf.get(w) ?? 1)) }));
    return [...concepts, ...words, ...english];
  }

  /**
   * The question reduced to what the content can match: its concepts' terms and the words the content
   * uses, rarest first. Sending the whole question would let words no unit contains rule out every unit.
   */
  focus(understood: UnderstoodQuery): string {
    return this.parts(understood)
      // The entries' English is not in the engines' index.
      .filter((p) => !p.forms[0].startsWith("|"))
      .sort((a, b) => b.weight - a.weight)
      .map((p) => p.forms[0])
      .join(" ");
  }

  /**
   * Share (0–1) of the question's weight that a text contains. A text with no English of its own (a plan
   * sentence) is weighed on the question's other parts only: its English words could never be found there.
   */
  coverage(understood: UnderstoodQuery, doc: Pick<SearchDocument, "title" | "text" | "english">): number {
    const parts = this.parts(understood).filter((p) => doc.english !== undefined || !p.forms[0].startsWith("|"));
    return covered(needles(parts), haystack(doc));
  }

  /**
   * What the question names that a text does not contain: glossary concepts it names (not ones guessed from
   * everyday words) and the rarer words the content uses. Everyday words the content never uses are not a
   * missing part: they are how people talk, not something the plan could have said.
   */
  uncovered(understood: UnderstoodQuery, text: string): string[] {
    const hay = squash(text);
    const named = understood.concepts.filter((c) => !understood.inferred.includes(c.id));
    const parts = this.parts(understood).filter((p, i) => (i < understood.concepts.length ? named.includes(understood.concepts[i]) : this.df.has(p.forms[0]) && p.weight >= RARE_WEIGHT));
    const found = needles(parts).map((p) => p.needles.some((n) => hay.includes(n.whole) || (n.pair !== undefined && hay.includes(n.pair[0]) && hay.includes(n.pair[1]))));
    return parts.filter((_, i) => !found[i]).map((p) => p.forms[0]);
  }

  /**
   * The concepts the question names (typed, not guessed from everyday words; no district) that a text does
   * not contain in any of their forms: what a reply built from that text leaves out.
   */
  missingConcepts(understood: UnderstoodQuery, text: string): { term: string; forms: string[] }[] {
    const hay = squash(text);
    return namedConcepts(understood)
      .map((c) => ({ term: c.term, forms: [c.term, ...c.aliases] }))
      .filter((c) => !c.forms.some((f) => hay.includes(squash(f))));
  }

  /**
   * When nothing matches: the documents sharing the most of the query's character pairs (weighted by how
   * rare each pair is), at least `min` of them. A partial or misspelt query still leads somewhere.
   */
  nearest(understood: UnderstoodQuery, keep: (doc: SearchDocument) => boolean, limit: number, min = 0.15): SearchDocument[] {
    // Pairs the content never uses cannot lead anywhere: only the others are weighed.
    const wanted = pieces(`${understood.text} ${understood.terms.join(" ")}`).filter((p) => !GENERIC.has(p) && this.used(p));
    const weights = wanted.map((p) => this.phraseWeight(p));
    const total = weights.reduce((a, b) => a + b, 0);
    if (!total) return [];
    return this.haystacks
      .filter(({ doc }) => keep(doc))
      .map(({ doc, text }) => ({ doc, score: wanted.reduce((sum, p, i) => sum + (text.includes(p) ? weights[i] : 0), 0) / total }))
      .filter((r) => r.score >= min)
      .sort((a, b) => b.score - a.score || a.doc.order - b.doc.order)
      .slice(0, limit)
      .map((r) => r.doc);
  }

  /** Every document covering at least `min` of the question, with its coverage and its title's. */
  scan(understood: UnderstoodQuery, min: number): { doc: SearchDocument; coverage: number; titleCoverage: number }[] {
    // Each form is squashed and segmented once per question, not once per document.
    const wanted = needles(this.parts(understood));
    return this.haystacks.flatMap(({ doc, text, title }) => {
      const coverage = covered(wanted, text);
      return coverage >= min ? [{ doc, coverage, titleCoverage: covered(wanted, title) }] : [];
    });
  }
}

/** What marks a clause as the one that asks. */
const ASKS = /(\p{Script=Han})不\1|吗|呢|么|什么|怎么|怎样|如何|哪|多少|几|有没有|能不能|能否|可不可以|可以.{0,8}吗|是否|是不是|会不会|要不要|有啥|咋/u;

const POINTS_BACK = /这|那|此/;

/**
 * The clauses of a Chinese question told as a story that ask something, joined; undefined when the question
 * is not a story (one clause, or every clause asks).
 */
/** A question's clauses, without their closing marks, each with whether a question mark ended it. */
function markedClauses(raw: string): { text: string; question: boolean }[] {
  return simplified(raw)
    .split(/(?<=[，。！？；,.!?;\n])/)
    .map((c) => ({ text: c.replace(/[，。！？；,.!?;\n]+$/, "").trim(), question: /[？?]\s*$/.test(c) }))
    .filter((c) => c.text);
}

export function askingClauses(raw: string): string | undefined {
  if (!/\p{Script=Han}/u.test(raw)) return undefined;
  // A clause ended by a question mark asks, whatever its words ("听说政府可以帮残疾人家里改造？").
  const marked = markedClauses(raw);
  const clauses = marked.map((c) => c.text);
  // "听说可以单独申请，有这个政策吗": an asking clause that points back ("这个", "这种") asks about the clause before it.
  const asking = clauses.filter((c, i) => ASKS.test(c) || marked[i].question || (i + 1 < clauses.length && ASKS.test(clauses[i + 1]) && POINTS_BACK.test(clauses[i + 1])));
  return clauses.length >= 3 && asking.length && asking.length < clauses.length ? asking.join(" ").toLowerCase() : undefined;
}

/**
 * Whether a Chinese question only tells of something (its forms) in a clause that asks nothing, and asks in
 * another clause that does not name it: "老伴智力残疾一直在家，有没有人能上门帮着洗澡？" tells who, and asks what.
 */
export function toldOnly(raw: string, forms: string[]): boolean {
  if (!/\p{Script=Han}/u.test(raw)) return false;
  const marked = markedClauses(raw);
  // "A，还是B？" asks A too.
  const clauses = marked.map(({ text, question }, i) => ({ text, asks: ASKS.test(text) || question || /^还是/.test(marked[i + 1]?.text ?? "") }));
  const names = (c: { text: string }) => forms.some((form) => form && c.text.includes(form));
  const asking = clauses.filter((c) => c.asks);
  // An asking clause with little of its own ("有啥救助？") asks about what the telling says (房子成了危房).
  const own = asking.map((c) => c.text.replace(ASKS_WORDS, "").match(/\p{Script=Han}/gu)?.length ?? 0).reduce((a, b) => a + b, 0);
  return own >= OWN_ASKING && asking.length < clauses.length && !asking.some(names) && clauses.some(names);
}

/** The words that make a clause ask, and those that only frame it. */
const ASKS_WORDS = /有没有|能不能|能否|可不可以|是否|是不是|会不会|要不要|什么|怎么|怎样|如何|多少|有啥|规划|里|吗|呢|么|哪|几|咋|啥|的|了/gu;
/** An asking clause with this many characters of its own asks about something of its own. */
const OWN_ASKING = 6;

/** Han character pairs of a text, and its Latin words: what "nearest" compares. */
function pieces(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run];
    if (chars.length === 1) out.push(run);
    for (let i = 1; i < chars.length; i++) out.push(chars[i - 1] + chars[i]);
  }
  for (const word of text.toLowerCase().match(/[a-z]{3,}/g) ?? []) out.push(word);
  return [...new Set(out)];
}

/** A form as looked for: as written, or (for a two-word form) as both of its words anywhere. */
interface Needle {
  whole: string;
  pair?: [string, string];
}

function needles(parts: { forms: string[]; weight: number }[]): { needles: Needle[]; weight: number }[] {
  return parts.map((p) => ({
    weight: p.weight,
    needles: p.forms.map((form) => {
      const words = segmentForSearch(form).filter((w) => w.length >= 2);
      // Only for two-word forms (残疾儿童 in 残疾儿童少年, 护理补贴 in 护理和补贴 …): longer ones scattered
      // across a long text mean something else.
      return { whole: squash(form), pair: words.length === 2 ? [words[0], words[1]] : undefined };
    }),
  }));
}

function covered(parts: { needles: Needle[]; weight: number }[], haystack: string): number {
  const total = parts.reduce((sum, p) => sum + p.weight, 0);
  if (!total) return 0;
  const present = (n: Needle) => haystack.includes(n.whole) || (n.pair !== undefined && haystack.includes(n.pair[0]) && haystack.includes(n.pair[1]));
  return parts.filter((p) => p.needles.some(present)).reduce((sum, p) => sum + p.weight, 0) / total;
}

/**
 * The five-year periods a unit's headings name ("“十四五”…主要指标" over a table row): the row is about that
 * period though its own cells never say so, and a question naming the period is asking about it.
 */
function periodsOver(doc: SearchDocument): string {
  const names = (doc.headingPath ?? []).flatMap((heading) => heading.match(/十[一二三四五六七八九]五/g) ?? []);
  return names.length ? `\u0002${[...new Set(names)].join("\u0002")}` : "";
}

/**
 * A document as matched: its title and text squashed, then its own English words as |word| marks, so a whole
 * English word can be looked for in the same string as the Chinese.
 */
function haystack(doc: Pick<SearchDocument, "title" | "text" | "english">): string {
  return squash(`${doc.title} ${doc.text}`) + (doc.english ? `\u0001|${englishWords(doc.english).join("|")}|` : "");
}

function squash(text: string): string {
  return text.toLowerCase().replace(/\s+/g, "").replace(/\*\*/g, "");
}
