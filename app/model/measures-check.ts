// content/plan-measures.yaml names what the plan's figures measure. A name is only useful if it is the plan's
// own: it must be printed in its unit, in a sentence that gives a figure, or an English question would be
// read as something the plan does not measure.
import type { CitableUnit } from "./plan";
import type { ContentProblem, YamlSource } from "./problems";
import type { PlanMeasures } from "./schemas";

/** A figure in Arabic or Chinese numerals (二〇三五年, 第十四个五年规划). */
const FIGURE = /\d|[〇一二三四五六七八九十]{2,}/;

/** A task's own number ("3. 发展残疾人职业教育。") is not a figure. */
const LIST_NUMBER = /^\s*\d+\.\s*/;

export function checkMeasures(measures: PlanMeasures["measures"], source: YamlSource, units: Map<string, CitableUnit>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  measures.forEach((measure, at) => {
    const problem = (key: "unit" | "zh", message: string) => problems.push({ file: source.file, line: source.lineOf(["measures", at, key]), message });
    const unit = units.get(measure.unit);
    if (!unit) return problem("unit", `规划里没有编号为 ${measure.unit} 的段落、任务或表格行`);
    // A table row's cells are read together: its name is in one cell and its figures in the others.
    const sentences = unit.kind === "row" ? [unit.text] : unit.text.split(/(?<=[。；])/);
    if (!unit.text.includes(measure.zh)) return problem("zh", `“${measure.zh}”不在 ${measure.unit} 的原文里：要一字不差地照抄`);
    if (!sentences.some((s) => s.includes(measure.zh) && FIGURE.test(s.replace(LIST_NUMBER, "")))) problem("zh", `${measure.unit} 里写到“${measure.zh}”的句子没有数字：这里只列规划给出数字的东西`);
  });
  return problems;
}
