// The figures a plan clause prints, read with the words around them that say what they are: "不少于 5000
// 人次" is at least 5000 person-times, "65%以上" at least 65%, and "0—6周岁" says who a measure is for, not
// a figure of it. An English reply names the figure asked in English before the Chinese quote; a bare
// "5000" or "0, 6, 100%" leaves the reader to work out the rest from Chinese they may not read.

export interface PrintedFigure {
  /** As printed, with its bound ("不少于 5000 人次", "65%以上"). */
  printed: string;
  /** The number as printed ("5000", "98%", "6.92"); a range's first number. */
  value: string;
  /** A range's second number ("2021-2023", "7—14周岁"). */
  to?: string;
  /** 万 or 亿 after the number. */
  scale?: string;
  /** The measure word after it (人次, 户, 万元…), if any. */
  unit?: string;
  /** How the plan bounds it: 不少于 / 以上 (at least), 近 (nearly)… */
  bound?: Bound;
  /** A year (2022), not a quantity. */
  year: boolean;
  /** An age or age range (0—6周岁): who a measure is for. */
  age: boolean;
  /** The year printed just before it ("2015 年的 6.92 亿元"): which of two figures is which. */
  when?: string;
}

type Bound = "atLeast" | "moreThan" | "nearly" | "about" | "atMost";

const BEFORE: [RegExp, Bound][] = [
  [/(?:不少于|不低于|至少|≥)$/, "atLeast"],
  [/(?:超过|多于|逾)$/, "moreThan"],
  [/(?:近|接近|将近)$/, "nearly"],
  [/(?:约|大约|左右)$/, "about"],
  [/(?:不超过|不高于|≤)$/, "atMost"],
];
const AFTER: [RegExp, Bound][] = [
  [/^(?:以上)/, "atLeast"],
  [/^(?:余|多)/, "moreThan"],
  [/^(?:左右)/, "about"],
  [/^(?:以下|以内)/, "atMost"],
];

const UNITS = "人次|平方米|万元|亿元|元|周岁|岁|分钟|人|名|户|件|场|次|个|所|家|项|枚|金|银|铜|年";
const FIGURE = new RegExp(`(\\d+(?:\\.\\d+)?%?)(?:\\s*[—–\\-~至到]\\s*(\\d+(?:\\.\\d+)?%?))?\\s*(万|亿)?\\s*(余|多)?\\s*(${UNITS})?`, "g");

/** The figures a clause prints, in order; a list number ("3. ") is not one. */
export function printedFigures(clause: string): PrintedFigure[] {
  const text = clause.replace(/^\s*\d+\.\s*/, "");
  const matches = [...text.matchAll(FIGURE)];
  // An ordinal ("第 15 届") counts editions, and digits inside a name ("G20 峰会", "5G") are part of it:
  // neither is a figure of a measure.
  const kept = matches.filter((m) => !/第\s*$/.test(text.slice(Math.max(0, m.index! - 2), m.index)) && !/[A-Za-z]$/.test(text.slice(0, m.index)) && !/^[A-Za-z]/.test(text.slice(m.index! + m[1].length)));
  const figures = kept.map((m) => {
    const [all, value, to, scale, more, unit] = m;
    const before = text.slice(Math.max(0, m.index! - 4), m.index).replace(/\s+/g, "");
    const after = (more ?? "") + text.slice(m.index! + all.length).replace(/^\s+/, "");
    const boundBefore = BEFORE.map(([re, b]) => ({ b, m: re.exec(before) })).find((x) => x.m);
    const boundAfter = AFTER.map(([re, b]) => ({ b, m: re.exec(after) })).find((x) => x.m);
    const bound = boundBefore?.b ?? boundAfter?.b;
    const printed = `${boundBefore?.m?.[0] ?? ""}${all.trim()}${boundAfter && boundAfter.m![0] !== more ? boundAfter.m![0] : ""}`;
    const year = !value.endsWith("%") && !scale && /^(?:19|20)\d\d$/.test(value) && (!to || /^(?:19|20)\d\d$/.test(to)) && unit !== "人" && unit !== "户";
    return { printed, value, to, scale, unit: unit === "年" && !year ? undefined : unit, bound, year, age: unit === "周岁" || unit === "岁" };
  });
  return figures.map((figure, i) => {
    const previous = figures[i - 1];
    if (figure.year || !previous?.year || previous.to) return figure;
    const between = text.slice(kept[i - 1].index! + kept[i - 1][0].length, kept[i].index).replace(/\s+/g, "");
    return between.length <= YEAR_GAP ? { ...figure, when: previous.value } : figure;
  });
}

/** A year this close before a figure ("2015 年的 6.92") is the figure's year. */
const YEAR_GAP = 2;

/** The figures of a clause that answer: years when a year is asked, else the quantities (ages say who). */
export function answeringFigures(clause: string, years: boolean): PrintedFigure[] {
  return printedFigures(clause).filter((f) => (years ? f.year : !f.year && !f.age));
}

const ENGLISH_BOUND: Record<Bound, string> = { atLeast: "at least ", moreThan: "more than ", nearly: "nearly ", about: "about ", atMost: "at most " };
/** What 万 and 亿 multiply by: an English reply says the number itself ("692 million", "54,000"). */
const SCALE_VALUE: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const ENGLISH_UNIT: Record<string, string> = {
  人次: " person-times",
  平方米: " square metres",
  元: " yuan",
  分钟: " minutes",
  人: " people",
  名: " people",
  户: " households",
  件: " items",
  场: " events",
  次: " times",
  金: " gold",
  银: " silver",
  铜: " bronze",
};

/** A figure as a reply says it: in Chinese as printed, in English with its bound and unit in English. */
export function figureSaid(figure: PrintedFigure, lang: string): string {
  return lang === "zh-CN" ? `${figure.when ? `${figure.when} 年 ` : ""}${figure.printed}` : figureInEnglish(figure);
}

/** A figure said in English, with its bound and its unit ("at least 5000 person-times", "2022 to 2025"). */
function figureInEnglish(figure: PrintedFigure): string {
  const said = (value: string) => (figure.scale ? scaledInEnglish(value, SCALE_VALUE[figure.scale]) : value);
  const range = figure.to ? `${said(figure.value)} to ${said(figure.to)}` : said(figure.value);
  const bound = figure.bound ? ENGLISH_BOUND[figure.bound] : "";
  const unit = figure.unit ? (ENGLISH_UNIT[figure.unit] ?? "") : "";
  return `${bound}${range}${unit}${figure.when ? ` (${figure.when})` : ""}`;
}

const ENGLISH_NUMBER = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 3 });

/** 6.92 亿 → "692 million", 13.77 亿 → "1.377 billion", 5.4 万 → "54,000": the number, as English says it. */
function scaledInEnglish(value: string, by: number): string {
  const n = Math.round(Number(value.replace(/%$/, "")) * by);
  if (n >= 1e9) return `${ENGLISH_NUMBER.format(n / 1e9)} billion`;
  if (n >= 1e6) return `${ENGLISH_NUMBER.format(n / 1e6)} million`;
  return ENGLISH_NUMBER.format(n);
}

/**
 * The part of a clause that gives one measure's figure, when the clause lists several, each with its name
 * ("受理率 100%、答复率 100%、满意率 98%"): the item naming the measure, else the whole clause.
 */
export function itemNaming(clause: string, name: string): string {
  if (printedFigures(clause).length < 2) return clause;
  const items = clause.split(/(?<=、)/);
  const item = items.find((part) => part.includes(name) && printedFigures(part).length);
  return item ?? clause;
}
