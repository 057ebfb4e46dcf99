// An English question read as one of the plan's figures by name (content/plan-measures.yaml, read by the
// query understanding) is answered by the sentence that gives that figure, and the figure named is the one
// of the clause that names the measure: a long unit has many figures, and its best-covering clause for a
// dictionary reading of the question is often another one's.
import { getContent } from "~/model/load.server";
import { reportsPast, type CitableUnit } from "~/model/plan";
import { asksForFigure, asksYear } from "../../search/understanding/figure";
import { measureUnit } from "../../search/understanding/measures";
import { askedPeriod, namedPeriod, type Period } from "../../search/understanding/period";
import type { AskContext, FactKind } from "./context";
import { states } from "./fact-kinds";
import { sentenceNaming } from "./facts.server";
import { unitSentences } from "./picks.server";
import { answeringFigures, itemNaming, type PrintedFigure } from "./printed-figures";

export interface MeasureAnswer {
  unit: CitableUnit;
  sentence: string;
  /** The figures of the clause that names the measure ("不少于 18 家", "85%以上", "2035 年"). */
  figures: PrintedFigure[];
  /** The plan's words that give it: the clause naming the measure (and the next, when the figure is there). */
  clause?: string;
}

/** Kinds of fact a figure answers; the others (an address, whether it was reached…) are not a figure's. */
const FIGURE_KINDS: (FactKind | undefined)[] = [undefined, "amount", "investment", "area", "rate", "deadline"];
const CLAUSES = /(?<=[,，;；:：])/;
const ASKS_PERCENT = /百分之|百分比|几成|\bper ?cent(age)?\b|%|what (share|proportion)/i;

/**
 * A row of the 十四五 indicator table gives the 2020 value its targets start from: it answers a question about
 * 2020 as well as one about 2025 ("Back in 2020, what share of townships had a service agency?").
 */
function holdsYearOf(unit: CitableUnit, period: Period, question: string): boolean {
  return unit.kind === "row" && period === "past" && /2020/.test(question) && (unit.table?.columns.some((c) => c.includes("2020")) ?? false);
}

/** A table row with columns of 2020 (its base year) and 2025 (its target). */
function holdsBothYears(unit: CitableUnit): boolean {
  const columns = unit.kind === "row" ? (unit.table?.columns ?? []) : [];
  return ["2020", "2025"].every((year) => columns.some((c) => c.includes(year)));
}

/** The sentence and figure of a measure the question named, of the period it asks about (the plan's own first). */
export function measureAnswer(context: AskContext): MeasureAnswer | undefined {
  const understood = context.understood;
  const named = understood?.concepts.filter((c) => measureUnit(c.id)) ?? [];
  // The figure is asked by the rest of the question: a rate's own name (…覆盖率) asks nothing.
  const rest = named.reduce((text, c) => text.split(c.term).join(" "), context.question);
  const years = asksYear(rest);
  if (!understood || !named.length || !FIGURE_KINDS.includes(context.factAsked) || !(years || asksForFigure(rest))) return undefined;
  const units = getContent().units;
  // A district asked about ("the Binjiang centre's floor area") is not answered by a figure that names no
  // district of the question: the citywide 28 万平方米 is not Binjiang's. Retrieval finds the district's own row.
  const places = understood.concepts.filter((c) => c.id.startsWith("district-")).map((c) => c.term);
  const measured = (period: Period | undefined) => named.flatMap((c): (MeasureAnswer & { past: boolean })[] => {
    const unit = units.get(measureUnit(c.id)!);
    if (!unit) return [];
    if (places.length && !unitSentences(unit).some((s) => places.some((p) => s.includes(p)))) return [];
    const past = reportsPast(unit);
    if (period && (past ? "past" : "plan") !== period && !holdsYearOf(unit, period, context.question)) return [];
    // A table row is read out by its columns, the year asked for among them.
    if (unit.kind === "row") return [{ unit, sentence: unitSentences(unit)[0], figures: [], past }];
    for (const sentence of unitSentences(unit)) {
      const clauses = sentence.split(CLAUSES);
      const at = clauses.findIndex((clause) => clause.includes(c.term));
      if (at < 0) continue;
      // The figure is in the clause naming the measure, or the one after it ("…覆盖率,达到 95%").
      // Of a list of named figures, the one named ("满意率 98%", not the 受理率 before it).
      const item = itemNaming(clauses[at], c.term);
      const next = clauses[at + 1] ?? "";
      const own = answeringFigures(item, years);
      const after = own.length ? [] : answeringFigures(next, years);
      const clause = (own.length ? item : `${clauses[at]}${next}`).replace(/[，,；;：:。]$/, "");
      if (own.length || after.length) return [{ unit, sentence, figures: own.length ? own : after, clause, past }];
    }
    return [];
  });
  // A period read from tense alone gives way when no figure of that period is named: "Which year were the
  // Asian Para Games?" asks the plan's 2022, not the review's years.
  let period = askedPeriod(context.question);
  let found = measured(period);
  if (!found.length && period && !namedPeriod(context.question)) found = measured((period = undefined));
  // With no period asked, the plan's own aims come before the review of the period before it.
  const wanted = period ?? "plan";
  // A kind of fact asked (an amount of money) is answered only by a sentence stating one: a coverage rate
  // is not what a monthly allowance is.
  // A percentage asked is answered by a percentage: "建有1所" is no share of anything.
  const share = ASKS_PERCENT.test(context.question);
  const stating = found.filter((f) => (!context.factAsked || states(context.factAsked, f.sentence)) && (!share || f.unit.kind === "row" || f.figures.some((x) => x.value.endsWith("%"))));
  // Asked where a figure started in 2020 and where it is to be by 2025, the row that holds both answers.
  const spanning = /2020/.test(context.question) && /2025/.test(context.question) ? stating.find((f) => holdsBothYears(f.unit)) : undefined;
  if (spanning) return spanning;
  const inPeriod = stating.find((f) => (f.past ? "past" : "plan") === wanted);
  if (inPeriod || period) return inPeriod ?? stating[0];
  // Named by the review ("the rehabilitation hospital's investment", 2016–2020) and asked with no period: the
  // plan's own sentence or row on the same thing comes first when it states what was asked.
  const own = stating.length ? sentenceNaming(named.map((c) => c.term), wanted, context.factAsked) : undefined;
  return own ? { ...own, figures: [] } : stating[0];
}
