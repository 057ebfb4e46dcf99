// Turns stored finder answers into readable rows, in the page's language.
import type { TFunction } from "i18next";

/** One finder answer as a readable row (shown by components/AnswerList, with its "change" link). */
export interface AnswerRow {
  step: string;
  question: string;
  answer: string;
}

export interface StepView {
  id: string;
  value: string | string[] | undefined;
}

export function answerRows(t: TFunction, steps: StepView[], districts: { name: string; name_en: string }[], en: boolean): AnswerRow[] {
  const one = (id: string, value: string) => {
    if (value === "unsure") return id === "district" ? t("finder.anyDistrict") : t("finder.unsure");
    if (id === "district") return en ? districts.find((d) => d.name === value)?.name_en ?? value : value;
    return t(`audience.${id === "conditions" ? "condition" : id}.${value}`);
  };
  return steps.map(({ id, value }) => ({
    step: id,
    question: t(`finder.q.${id}`),
    answer: Array.isArray(value) ? (value.length ? value.map((v) => one(id, v)).join("、") : t("finder.noneOfThese")) : value ? one(id, value) : t("finder.notAsked"),
  }));
}
