// English questions about a figure, read as the plan's own name for what is measured (content/plan-measures.yaml).
// The dictionary reads English word by word, and a word's guesses can be far off (hold → 持有, registered →
// 挂号); a figure's name is a phrase ("basic assistive device fitting rate" is 基本辅具适配率). A question is
// matched against every figure's English names by the words it shares with them, rare words counting most,
// so "the fitting rate of basic devices" reads the same as the name does, in any order. A Chinese question
// is read by a rate's whole printed name (`rates`).
import { englishWords } from "./english";

/** One thing the plan gives a figure for: its Chinese name as printed, and the English names people use. */
export interface Measure {
  unit: string;
  zh: string;
  en: string[];
}

/** What was read: the measures named, and the question's words their names account for. */
export interface MeasureReading {
  measures: Measure[];
  words: Set<string>;
}

/** A name is matched when the question has this share of its weight… */
const NAME_SHARE = 0.75;
/** …in at least this many of its words: one shared word is a topic, not a figure's name. */
const NAME_WORDS = 2;
/** A name given to this many measures is a heading, not a name. */
const SHARED_NAME = 3;
/** At most this many measures are read from one question (it may ask two figures). */
const MAX_READ = 3;

/** Irregular forms of the verbs figures are asked with ("spent", "grew"), and the noun of "grow". */
// Money put into something is one thing, however it is asked: spent on, funding for, invested in. A share
// of people is one thing too: a share, a percentage, a proportion (a rate is left apart: it names dozens of
// figures, and a question's "share" weighed as that common word no longer tells its figure). Abilities and
// willingness are what the able and willing have. A neighbourhood is the plan's community.
const SAME_WORD: Record<string, string> = { percentage: "share", percent: "share", proportion: "share", ability: "able", willingness: "willing", neighbourhood: "community", neighborhood: "community", kid: "child", nonprofit: "charity", nonprofits: "charity", ngo: "charity", ngos: "charity", want: "willing", wants: "willing", wish: "willing", wishes: "willing", wanted: "willing", wanting: "willing", job: "employment", jobs: "employment", employed: "employment", happy: "satisfaction", satisfied: "satisfaction", meet: "game", meets: "game", citywide: "city", spent: "spend", spending: "spend", funding: "spend", funded: "spend", fund: "spend", funds: "spend", investment: "spend", investments: "spend", invest: "spend", invested: "spend", growth: "grow", grew: "grow", grown: "grow", rose: "rise", risen: "rise", built: "build", gave: "give", given: "give", won: "win" };

/**
 * A word's stem, so "targeted" and "target", "precise" and "precision", "coverage" and "covered" are one word,
 * and an American spelling is its British one ("organizations" is "organisations", "center" is "centre"), and
 * "programme" is "program".
 */
function stem(word: string): string {
  const british = (SAME_WORD[word] ?? word).replace(/iz(e|ed|es|ing|ations?)$/, "is$1").replace(/^(cent|met|lit)er$/, "$1re").replace(/mme$/, "m");
  // What can be done and the ability to ("accessible", "accessibility"; "disabled", "disability") are one word.
  const able = british.replace(/(?<=.{3})([ai])(?:bilities|bility|bled|ble|bly)$/, "$1b");
  if (able !== british) return able;
  return british.replace(/(?<=.{4})(?:ations?|ions?|ities|ity|ments?|ive|ly|ing|ed|es|e|al)$/, "");
}

/**
 * A name has no digits ("per ten thousand disabled people", "eleventh games", "fifteen years"); a question
 * often has ("per 10,000", "11th games", "15 years"): its small numbers are read as words.
 */
const NUMBER_NAMES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split(" ");
const ORDINALS = "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(" ");

function numbersAsWords(text: string): string {
  return text
    .replace(/\b10,?000\b/g, " ten thousand ")
    .replace(/\b(\d{1,2})(st|nd|rd|th)?\b/g, (all, n: string, ordinal?: string) => (Number(n) <= 20 ? ` ${(ordinal ? ORDINALS : NUMBER_NAMES)[Number(n)]} ` : all));
}

/**
 * Words that frame a question about any figure ("what target for which year", "the number of…"): they are
 * in the names too ("target date"), but sharing them says nothing about which figure is asked.
 */
const FRAME_WORDS = new Set("year annual annually period date deadline month day time target aim goal number total figure amount".split(" "));

/**
 * Phrases that say what one word of a name says: money "put into" a cause is spent on it, a number that
 * "goes up" grows, teens are the names' teenagers, and the front line is one word, as the names write it.
 */
const SAME_PHRASE: [RegExp, string][] = [
  [/\b(?:put|puts|putting|poured|pour|pumped|pump|sunk|sink)\s+(?:in|into|towards?)\b/gi, " spend "],
  [/\b(?:go|goes|went|gone|going)\s+up\b/gi, " grow "],
  [/\bteens?\b/gi, " teenager "],
  [/\bfront[- ]line\b/gi, " frontline "],
];

const samePhrases = (text: string): string => SAME_PHRASE.reduce((t, [phrase, word]) => t.replace(phrase, word), text);

const wordsOf = (text: string): string[] => [...new Set(englishWords(numbersAsWords(samePhrases(text))).filter((w) => !FRAME_WORDS.has(w)).map(stem))];

/** A measure read from a question, as a concept's id: the unit is what the answer reads it from. */
export const measureConceptId = (measure: Measure): string => `measure:${measure.unit}:${measure.zh}`;

/** The unit of a measure read from a question, or undefined for any other concept. */
export function measureUnit(conceptId: string): string | undefined {
  return conceptId.startsWith("measure:") ? conceptId.split(":")[1] : undefined;
}

export class MeasureReader {
  private readonly names: { measure: Measure; words: string[] }[];
  private readonly weight = new Map<string, number>();
  /** The rates' names by their pairs of characters, for a rate asked in everyday words. */
  private readonly pieces: RatePieces;

  constructor(private readonly measures: Measure[]) {
    this.pieces = new RatePieces(measures.filter((m) => RATE_NAME.test(m.zh.replace(WHAT_IT_COUNTS, ""))));
    // A name several measures share ("main indicators", "key construction project") names none of them.
    const shared = new Map<string, number>();
    for (const measure of measures) for (const name of new Set(measure.en.map((n) => n.toLowerCase()))) shared.set(name, (shared.get(name) ?? 0) + 1);
    this.names = measures.flatMap((measure) => measure.en.filter((name) => shared.get(name.toLowerCase())! < SHARED_NAME).map((name) => ({ measure, words: wordsOf(name) })));
    // Rare across the measures' names weighs more: "rate" names dozens of figures, "fitting" a few.
    const df = new Map<string, number>();
    for (const measure of measures) for (const word of new Set(measure.en.flatMap(wordsOf))) df.set(word, (df.get(word) ?? 0) + 1);
    for (const [word, n] of df) this.weight.set(word, Math.log(1 + measures.length / n));
  }

  read(question: string): MeasureReading {
    const asked = new Set(wordsOf(question));
    const weigh = (words: Iterable<string>) => [...words].reduce((sum, w) => sum + this.weight.get(w)!, 0);
    // A measure is read when one of its names is: most of that name's weight, in two words or more.
    const matched = new Set(
      this.names
        .filter(({ words }) => {
          const shared = words.filter((w) => asked.has(w));
          return shared.length >= NAME_WORDS && weigh(shared) >= NAME_SHARE * weigh(words);
        })
        .map((n) => n.measure),
    );
    // Measures read are ranked by all the question says of them, across their names: "the Tonglu
    // rehabilitation and care centre" is the one named Tonglu, not another rehabilitation and care centre.
    const scored = [...matched]
      .map((measure) => {
        const words = new Set(this.names.filter((n) => n.measure === measure).flatMap((n) => n.words.filter((w) => asked.has(w))));
        return { measure, words, found: weigh(words) };
      })
      .sort((a, b) => b.found - a.found);
    // A Chinese name typed in the English question ("Homes for the Disabled (残疾人之家)") says which one.
    const typed = question.match(/\p{Script=Han}{2,}/gu) ?? [];
    const named = scored.filter((s) => typed.some((t) => s.measure.zh.includes(t)));
    const candidates = named.length ? named : scored;
    const best = candidates[0];
    if (!best) return { measures: [], words: new Set() };
    // Only the measures as telling as the best one: a weaker one is a neighbour, not what was asked.
    const chosen = candidates.filter((s) => s.found >= best.found * NAME_SHARE).slice(0, MAX_READ);
    return { measures: chosen.map((s) => s.measure), words: new Set(chosen.flatMap((s) => [...s.words])) };
  }

  /**
   * The rates a Chinese question names as printed, whole ("2025年基本辅具适配率要到多少"), the longest it
   * contains. Only a rate's or share's name (…率, …比例) is read: another measure's name is often also the
   * name of the thing it belongs to (杭州康复医院), which a question may ask anything about; and only a name
   * given whole: its end alone (…的残疾人就业率) may be another rate's with other qualifiers.
   */
  /** The rates a Chinese question asks in its own words (`ratesByPiece`): guesses, never names typed. */
  ratesInWords(question: string): Measure[] {
    return this.pieces.read(question.replace(/\s+/g, ""));
  }


  rates(question: string): Measure[] {
    const text = EVERYDAY_QUALIFIERS.reduce((t, [said, plan]) => t.replace(said, plan), question.replace(/\s+/g, ""));
    const rates = this.measures.filter((m) => RATE_NAME.test(m.zh));
    const found = rates.filter((m) => [...m.zh].length >= NAMED_LENGTH && text.includes(m.zh));
    const longest = found.filter((m) => !found.some((o) => o.zh !== m.zh && o.zh.includes(m.zh)));
    // A name given whole may be the end of a longer one whose qualifiers the question gives too
    // ("有劳动能力和就业愿望的残疾人就业率" is not the table's 残疾人就业率): the one given furthest wins.
    return longest.flatMap((m) => {
      const given = rates
        .filter((o) => o.zh.endsWith(m.zh))
        .map((o) => ({ o, length: givenEnd(o.zh, text) }));
      const most = Math.max(...given.map((g) => g.length));
      // Two characters more at least: "…的残疾人就业率" only joins the name to what comes before it.
      if (most >= [...m.zh].length + QUALIFIER) return given.filter((g) => g.length === most).map((g) => g.o);
      // Or a qualifier of a longer name given in the question's own words around it: "有劳动能力又想上班的
      // 残疾人就业率" is the goal's "有劳动能力和就业愿望的残疾人就业率", not the table's.
      const qualified = given.filter((g) => g.o !== m && sharesPiece(g.o.zh.slice(0, -m.zh.length), text));
      return qualified.length ? qualified.map((g) => g.o) : [m];
    });
  }
}

/**
 * A rate asked in everyday words ("残疾孩子读高中的比例"): the question asks for a share and gives a piece of
 * one rate's name that few others have (高中 of 残疾学生接受高中阶段教育比例). Each pair of characters of a
 * rate's name weighs one over the number of names that have it, and only pairs at most PIECE_NAMES names
 * share count: 残疾, 覆盖 and 服务 are in dozens. The rates with the most weight, at least one whole
 * pair's, are read, as guesses (the period asked then chooses between them).
 */
class RatePieces {
  private readonly names: { name: string; pairs: Set<string> }[];
  private readonly df = new Map<string, number>();

  constructor(private readonly rates: Measure[]) {
    this.names = [...new Set(rates.map((m) => m.zh))].map((name) => ({ name, pairs: pairsOf(name) }));
    // How rare a pair is counts in the names themselves; what a name says it counts ("(学前、义务教育和高中)")
    // is matched too, as the name's own words.
    for (const { name } of this.names) for (const pair of pairsOf(name.replace(WHAT_IT_COUNTS, ""))) this.df.set(pair, (this.df.get(pair) ?? 0) + 1);
  }

  read(text: string): Measure[] {
    // A question that also counts something ("多少个示范点？覆盖率目标多少？") is not one rate's.
    if (!ASKS_SHARE.test(text.replace(QUOTA, "")) || COUNTS.test(text)) return [];
    const df = (pair: string) => this.df.get(pair) ?? 1;
    const weighed = this.names.map(({ name, pairs }) => ({ name, weight: [...pairs].filter((p) => df(p) <= PIECE_NAMES && text.includes(p)).reduce((sum, p) => sum + 1 / df(p), 0) }));
    const best = Math.max(0, ...weighed.map((w) => w.weight));
    if (best < 1) return [];
    // The rates nearly as telling as the best are read too: the period asked chooses between them (十三五's
    // 残疾人辅助器具适配率 beside the plan's 基本辅具适配率).
    const tied = weighed.filter((w) => w.weight >= best * NAME_SHARE).map((w) => w.name);
    // A name that is another's with more before it (全市残疾人文体服务覆盖率) is that one with a qualifier the
    // question did not give: the plain name is read.
    const chosen = new Set(tied.filter((name) => !tied.some((other) => other !== name && name.endsWith(other))));
    return chosen.size <= MAX_PIECE_READ ? this.rates.filter((m) => chosen.has(m.zh)) : [];
  }
}

/** A name's pairs of characters; a pair with a character of 残疾人 is in every name, or spans its end and the next word (人辅). */
function pairsOf(name: string): Set<string> {
  const chars = [...name.replace(/[^\p{Script=Han}]/gu, " ")];
  return new Set(chars.slice(0, -1).map((c, i) => c + chars[i + 1]).filter((p) => !/[\s残疾人]/.test(p)));
}

/** A count of things asked ("多少个", "几家"). */
const COUNTS = /(多少|几)(个|家|所|名|项|次|人|万|条|处)/;
/** What a rate's name says it counts, after it ("…教育比例(学前、义务教育和高中)"). */
const WHAT_IT_COUNTS = /[(（][^)）]*[)）]$/;
/** 按比例 (安排就业) is employment by quota, not a share asked for. */
const QUOTA = /按比例/g;

/** A question asking for a share or rate. */
const ASKS_SHARE = /比例|比率|占比|百分|率/;
/** A pair of characters in more rates' names than this names none of them. */
const PIECE_NAMES = 2;
/** More rates than this read from a piece is no reading. */
const MAX_PIECE_READ = 3;

/** How many of a name's last characters the text gives, in one piece. */
function givenEnd(name: string, text: string): number {
  const chars = [...name];
  let length = 0;
  while (length < chars.length && text.includes(chars.slice(-(length + 1)).join(""))) length++;
  return length;
}

/** Whether the text has a run of at least QUALIFIER_PIECE characters of a qualifier ("有劳动能力"). */
function sharesPiece(qualifier: string, text: string): boolean {
  const chars = [...qualifier.replace(/^全市/, "")];
  for (let i = 0; i + QUALIFIER_PIECE <= chars.length; i++) if (text.includes(chars.slice(i, i + QUALIFIER_PIECE).join(""))) return true;
  return false;
}

/**
 * Who a rate counts, said in everyday words: "能干活又想找工作的残疾人" are the plan's "有劳动能力和就业愿望的"
 * ones. Read as the plan's words before names are matched, so that the qualified rate (the goal's 90%) is
 * read and not the table's plain 残疾人就业率, which counts everyone of working age.
 */
const EVERYDAY_QUALIFIERS: [RegExp, string][] = [
  [/(?:能够|可以|有能力|还能|能)(?:干活|工作|劳动|上班|做事)/g, "有劳动能力"],
  [/(?:想要|愿意|希望|打算|想)(?:找|去)?(?:工作|上班|就业|干活)/g, "就业愿望"],
];

/** A qualifier's run this long, given in the question, names the longer rate. */
const QUALIFIER_PIECE = 4;
/** A longer name is given when the question gives at least this many more of its characters. */
const QUALIFIER = 2;
/** A rate's name shorter than this (就业率) is a word, not one rate's name. */
const NAMED_LENGTH = 5;
const RATE_NAME = /(?:率|比例)$/;

/** The stems of a question's words, as `MeasureReading.words` holds them. */
export const measureStems = wordsOf;
