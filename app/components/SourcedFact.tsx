import { useTranslation } from "react-i18next";
import type { OutsideSource } from "~/model/schemas";

/** Where a fact the plan does not give comes from: "（来源：…，核对于 …）". */
export function SourceNote({ source }: { source?: OutsideSource }) {
  const { t } = useTranslation();
  if (!source) return null;
  return (
    <span className="hint">
      {" "}
      {t("sourced.from")}
      <a href={source.url}>{source.title}</a>
      {t("sourced.checked", { date: source.checked })}
    </span>
  );
}

/** A fact the plan does not give (an amount, an address…), always shown with where it comes from. */
export function SourcedFact({ label, value, source }: { label: string; value: string; source?: OutsideSource }) {
  return (
    <p>
      <strong>{label}</strong>：{value}
      <SourceNote source={source} />
    </p>
  );
}
