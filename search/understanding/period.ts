// Which period a question asks about: the plan's own years (2021–2025, its targets) or the years before it
// (2016–2020, the results its review reports). The plan holds figures for both, often for the same measure
// ("就业率": ≥80 for 2020 and 90% for 2025), so a figure from the wrong period is a wrong answer.
export type Period = "past" | "plan";

// A period named outright ("十三五", "2019年", "during 2016-2020") decides…
const NAMED_PAST = /十三五|\b(?:13th|thirteenth) five[- ]year|201[6-9]|2016\s*[-–至到~]+\s*2020|(?:previous|last|earlier|prior|former) (?:plan|period|five)|(?:in|during|by(?: the end of)?) 20(?:1\d|20)\b/i;
// A baseline (基期值) is the plan's own starting point: its table gives the 2020 figure it starts from.
const NAMED_PLAN = /十四五|\b(?:14th|fourteenth) five[- ]year|202[1-5]|2021\s*[-–至到~]+\s*2025|(?:to|by) 2025|基期|baseline|starting (?:point|figure|value|level)/i;
// …and a baseline named decides alone: it is the plan's figure for 2020 ("in 2020, the starting point").
const BASELINE = /基期|baseline|starting (?:point|figure|value|level)/i;
// …else the wording: what was reached is past, what is to be reached is the plan's.
const SAID_PAST = /(?<!\d)2020年?(?:实现|实际|完成|底|末|时)|以前|过去|当时|(?:完成|实现|做到|达到)了|实际完成|\b(?:was|were|did|achieved|reached)\b/i;
const SAID_PLAN = /目标|要(?:达到|到|提高|增长|实现|建)|将要|计划|规划期|target|\bwill\b|\bshould\b|plan(?:s|ned)? to|going to be|(?:is|are) to be/i;

function decide(past: boolean, plan: boolean): Period | undefined {
  return past === plan ? undefined : past ? "past" : "plan";
}

// 目标人群 names who a measure is for ("低保目标人群覆盖率"), not a target.
const withoutGroup = (question: string): string => question.replace(/目标人群/g, "");

/** The period a question asks about, when its wording says; undefined when it names neither or both. */
export function askedPeriod(question: string): Period | undefined {
  const text = withoutGroup(question);
  return namedPeriod(text) ?? decide(SAID_PAST.test(text), SAID_PLAN.test(text));
}

/**
 * The period a question names outright (十三五, 2019, by 2025). Its tense alone ("Which year were the Games
 * held?") is a weaker reading: it may be the tense of the event asked about, not of the plan's period.
 */
export function namedPeriod(question: string): Period | undefined {
  const text = withoutGroup(question);
  return BASELINE.test(text) ? "plan" : decide(NAMED_PAST.test(text), NAMED_PLAN.test(text));
}

// Another five-year period's name (十二五, 十五五) is never in the content, which covers 十三五 and 十四五 only;
// read as text, its parts match the number 十五 ("十五年教育") instead.
const OTHER_PERIOD = /十[一二五六七八九]五(?:规划|期间|时期)?/g;

/** The question without the names of five-year periods the content does not cover. */
export function withoutOtherPeriods(question: string): string {
  return question.replace(OTHER_PERIOD, " ").replace(/\s+/g, " ").trim();
}

/** Whether a word is a five-year period's name (十四五): it says when, never what is asked about. */
export function isPeriodName(word: string): boolean {
  return /^十[一二三四五六七八九]五$/.test(word);
}

/** Whether a question asks what the plan aims for ("目标是多少", "要达到多少"), whatever else it asks. */
export function asksTarget(question: string): boolean {
  return SAID_PLAN.test(question.replace(/目标人群/g, ""));
}

/**
 * A year written short ("15年是多少，20年又是多少", "到25年") is the year 20NN; a span of years ("残疾了20年",
 * "15年免费教育", "干了15年") is not. Read as a year only where a point in time fits: after 到/从/在…, or before what is
 * said of that year (底, 的目标, 是多少…).
 */
const SHORT_YEAR = /(?<![\d.了干做过满近有共第每这那读已快整])(?:(?<=到|从|在|至|截至|比|跟|和|与|、)([1-3]\d)年(?!了|以来|以上|多|里|间|左右|免费|教育)|([1-3]\d)年(?=底|末|初|是|要|又|时|前后|到|至|比|跟|和|与|、|的(?:目标|时候|数|实际|情况|比例|值)|目标|实现|完成|计划|[,，?？]))/g;

/** The question with its years written short spelled out (25年 → 2025年), so every reading sees one year. */
export function fullYears(question: string): string {
  return question.replace(SHORT_YEAR, (whole, after?: string, before?: string) => `20${after ?? before}年`);
}
