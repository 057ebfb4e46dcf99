// "The plan doesn't say" only after checking the plan: when a question asks for a kind of fact (an
// investment, a floor area, an amount, an address…), every sentence of the plan that states that kind of
// fact is weighed by how much of the question it covers. The content is small enough to read whole.
import { getContent } from "~/model/load.server";
import { reportsPast, rowName, type CitableUnit } from "~/model/plan";
import type { SearchService } from "../../search/service.server";
import type { UnderstoodQuery } from "../../search/query.server";
import { askedPeriod } from "../../search/understanding/period";
import type { FactKind } from "./context";
import { states } from "./fact-kinds";
import { unitSentences } from "./picks.server";

/** A sentence must cover at least this much of the question to be about what was asked… */
const FACT_MIN_COVERAGE = 0.5;
/** …or this much, when it is in a unit the ranking already chose for the question. */
const FACT_MIN_RANKED = 0.3;

export interface FoundFact {
  unit: CitableUnit;
  /** The sentence as quoted: one sentence of the unit, or a table row read with its column headers. */
  sentence: string;
  coverage: number;
}

/** The sentence stating this kind of fact about the question's subject, if the plan has one. */
export function findFact(kind: FactKind, understood: UnderstoodQuery, search: SearchService, preferred: string[], evidence: number): FoundFact | undefined {
  let best: (FoundFact & { order: number }) | undefined;
  // A 2020 result does not state what the 十四五 period plans, nor a 2025 target what 2020 reached.
  const period = askedPeriod(understood.raw);
  for (const unit of getContent().units.values()) {
    if (period && (reportsPast(unit) ? "past" : "plan") !== period) continue;
    for (const sentence of unitSentences(unit)) {
      if (!states(kind, sentence)) continue;
      const coverage = search.coverage(understood, { title: unit.kind === "row" ? rowName(unit) : "", text: sentence });
      // Among equals, a unit the ranking already chose is the better answer.
      const ranked = preferred.includes(unit.id);
      const order = coverage + (ranked ? 0.05 : 0);
      // …or covers the question as well as the best unit found for it (English questions cover little of any Chinese text).
      const enough = coverage >= (ranked ? FACT_MIN_RANKED : FACT_MIN_COVERAGE) || (coverage >= FACT_MIN_RANKED && coverage >= evidence);
      if (enough && (!best || order > best.order)) best = { unit, sentence, coverage, order };
    }
  }
  return best && { unit: best.unit, sentence: best.sentence, coverage: best.coverage };
}
