// "The plan doesn't say" only after checking the plan: when a question asks for a kind of fact (an
// investment, a floor area, an amount, an address…), every sentence of the plan that states that kind of
// fact is weighed by how much of the question it covers. The content is small enough to read whole.
import { getContent } from "~/model/load.server";
import { reportsPast, rowMeasure, rowName, type CitableUnit } from "~/model/plan";
import type { SearchService } from "../../search/service.server";
import type { UnderstoodQuery } from "../../search/query.server";
import { simplified } from "../../search/understanding/normalize";
import { measureUnit } from "../../search/understanding/measures";
import { askedPeriod, type Period } from "../../search/understanding/period";
import type { FactKind } from "./context";
import { factClause, states } from "./fact-kinds";
import { unitSentences } from "./picks.server";

/** A sentence must cover at least this much of the question to be about what was asked… */
const FACT_MIN_COVERAGE = 0.5;
/** …or this much, when it is in a unit the ranking already chose for the question. */
const FACT_MIN_RANKED = 0.3;
/** A row the question names outright comes before rows that only share its words. */
const NAMED_BONUS = 0.3;

export interface FoundFact {
  unit: CitableUnit;
  /** The sentence as quoted: one sentence of the unit, or a table row read with its column headers. */
  sentence: string;
  coverage: number;
  /** The same subject in the period the rest of the question asks about, when the fact is of the other. */
  also?: { unit: CitableUnit; sentence: string };
}

/** The sentence stating this kind of fact about the question's subject, if the plan has one. */
export function findFact(kind: FactKind, understood: UnderstoodQuery, search: SearchService, preferred: string[], evidence: number): FoundFact | undefined {
  // A 2020 result does not state what the 十四五 period plans, nor a 2025 target what 2020 reached. The
  // period is the one of the clause asking for the fact; when only another clause names one ("十三五末建到哪一步
  // 了？总投资多少？"), it is preferred, and the fact is looked for in either period after that.
  const own = askedPeriod(factClause(understood.raw, kind));
  const period = own ?? askedPeriod(understood.raw);
  const found = factIn(kind, period, understood, search, preferred, evidence);
  if (found || own || !period) return found;
  const other = factIn(kind, undefined, understood, search, preferred, evidence);
  return other && { ...other, also: sameSubject(other.unit, period) };
}

/**
 * What the plan says in the period the rest of the question asks about, of the thing whose fact was found in
 * the other ("十三五末建到哪一步了？总投资多少？": the review's sentence on the hospital, beside its row).
 */
function sameSubject(unit: CitableUnit, period: Period): { unit: CitableUnit; sentence: string } | undefined {
  return unit.kind === "row" ? sentenceNaming(rowNames(unit), period) : undefined;
}

/** A row's name, and each name it gives in brackets ("杭州康复医院(杭州市特殊康复中心)" is named by either). */
const rowNames = (unit: CitableUnit): string[] => {
  const name = rowMeasure(unit);
  return [name, ...name.split(/[()（）]/)];
};

/** The first sentence of the plan, of the period given, that names one of the names (and states the kind of fact, when given). */
export function sentenceNaming(names: string[], period: Period, kind?: FactKind): { unit: CitableUnit; sentence: string } | undefined {
  const telling = names.filter((n) => [...n].length >= 4);
  for (const unit of getContent().units.values()) {
    if ((reportsPast(unit) ? "past" : "plan") !== period) continue;
    const sentence = unitSentences(unit).find((s) => telling.some((n) => s.includes(n)) && (!kind || states(kind, s)));
    if (sentence) return { unit, sentence };
  }
  return undefined;
}

function factIn(kind: FactKind, period: Period | undefined, understood: UnderstoodQuery, search: SearchService, preferred: string[], evidence: number): FoundFact | undefined {
  let best: (FoundFact & { order: number }) | undefined;
  const namesTable = /表|项目|指标|table|project|indicator/i.test(understood.raw);
  const asked = simplified(understood.raw);
  // An English question names a row by what it is ("phase two of the city's care centre"), read as its measure.
  const read = new Set(understood.concepts.map((c) => measureUnit(c.id)).filter(Boolean));
  for (const unit of getContent().units.values()) {
    if (period && (reportsPast(unit) ? "past" : "plan") !== period) continue;
    for (const sentence of unitSentences(unit)) {
      if (!states(kind, sentence)) continue;
      // A question that names a table ("重点项目里…", "指标表里…") reads its rows under their caption.
      const coverage = search.coverage(understood, { title: unit.kind === "row" ? `${namesTable ? (unit.table?.caption ?? "") : ""} ${rowName(unit)}` : "", text: sentence });
      // A row the question names outright ("残疾人就业率这个指标…") is about what was asked, whatever else it
      // says, and comes before rows that only share its words.
      const named = unit.kind === "row" && (read.has(unit.id) || rowNames(unit).some((n) => [...n].length >= 4 && asked.includes(n)));
      // Among equals, a unit the ranking already chose is the better answer.
      const ranked = preferred.includes(unit.id);
      const order = coverage + (ranked ? 0.05 : 0) + (named ? NAMED_BONUS : 0);
      // …or covers the question as well as the best unit found for it (English questions cover little of any Chinese text).
      const enough = named || coverage >= (ranked ? FACT_MIN_RANKED : FACT_MIN_COVERAGE) || (coverage >= FACT_MIN_RANKED && coverage >= evidence);
      if (enough && (!best || order > best.order)) best = { unit, sentence, coverage, order };
    }
  }
  const found = best && { unit: best.unit, sentence: best.sentence, coverage: best.coverage };
  return found && superlative(kind, understood.raw, found);
}

/** The column a kind of fact is read from in a table ("总投资 (万元)", "建筑面积 (平方米)"). */
const COLUMN: Partial<Record<FactKind, RegExp>> = { investment: /投资/, area: /面积/ };
const MOST = /最(大|多|高|贵)|哪个.{0,4}(更|比较)?(大|多)|(most|largest|biggest|highest)\b/i;
const LEAST = /最(小|少|低|便宜)|(least|smallest|lowest)\b/i;

/**
 * "哪个投资最大": the row of the same table with the largest (or smallest) figure in the column asked, not
 * the row that happens to share most words with the question.
 */
function superlative(kind: FactKind, question: string, found: FoundFact): FoundFact {
  const column = COLUMN[kind];
  const table = found.unit.table;
  const most = MOST.test(question);
  if (!column || !table || found.unit.kind !== "row" || (!most && !LEAST.test(question))) return found;
  const col = table.columns.findIndex((c) => column.test(c));
  const rows = table.rows
    .map((r) => ({ id: r.id, value: Number.parseFloat(r.cells[col] ?? "") }))
    .filter((r) => Number.isFinite(r.value) && !/合计|总计/.test(rowName(getContent().units.get(r.id)!)));
  if (col < 0 || rows.length < 2) return found;
  const pick = rows.reduce((a, b) => ((most ? b.value > a.value : b.value < a.value) ? b : a));
  const unit = getContent().units.get(pick.id)!;
  return { unit, sentence: unitSentences(unit)[0], coverage: found.coverage };
}
