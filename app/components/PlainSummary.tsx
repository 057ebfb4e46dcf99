import { useTranslation } from "react-i18next";
import type { PlainPoint } from "~/model/plan-pages.server";
import type { TermMark } from "~/model/term-marks";
import { SpokenText } from "./SpokenText";

/**
 * The chapter in plain words (易读版), above the full text. Each point names the plan units it restates,
 * so a reader can check it against the original, which always prevails.
 */
export function PlainSummary({ points, terms }: { points: PlainPoint[]; terms: Record<string, TermMark[]> }) {
  const { t, i18n } = useTranslation();
  if (!points.length) return null;
  const en = i18n.language === "en";
  return (
    <section className="plain-summary" aria-labelledby="plain-summary-heading">
      <h2 id="plain-summary-heading">{t("plain.heading")}</h2>
      <p className="hint">{t("plain.hint")}</p>
      <ul className="plain-summary__list">
        {points.map((point, i) => (
          <li key={i}>
            <SpokenText text={point.text} terms={terms[`plain-${i}`]} />{" "}
            <span className="plain-summary__sources">
              {t("plain.source")}
              {point.sources.map((s, j) => (
                <span key={s.id}>
                  {j > 0 ? t("plain.separator") : null}
                  <a href={s.url} lang={en && s.kind !== "task" ? "zh-CN" : undefined}>
                    {en && s.kind === "task" ? t("plain.task", { n: s.number }) : s.name}
                  </a>
                </span>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
