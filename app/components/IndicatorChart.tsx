import { useTranslation } from "react-i18next";
import type { TableUnit } from "~/model/schemas";
import { SpokenText } from "./SpokenText";
import { PageText } from "./Zh";

// A percentage as printed, with or without ≥ / ≤ ("≥99%", "75%").
const PERCENT = /^[≥≤]?\s*(\d+(?:\.\d+)?)%$/;

interface Indicator {
  n: string;
  name: string;
  baseline: string;
  target: string;
}

function column(table: TableUnit, label: string): number {
  const i = table.columns.findIndex((c) => c.includes(label));
  if (i < 0) throw new Error(`indicators table has no column containing “${label}”`);
  return i;
}

function Bar({ baseline, target }: { baseline: number; target: number }) {
  // Drawn on a 0–100 scale; the numbers are printed next to the bars, so the drawing is decorative.
  return (
    <svg className="chart__bars" viewBox="0 0 100 22" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect className="chart__track" x="0" y="1" width="100" height="8" />
      <rect className="chart__baseline" x="0" y="1" width={baseline} height="8" />
      <rect className="chart__track" x="0" y="13" width="100" height="8" />
      <rect className="chart__target" x="0" y="13" width={target} height="8" />
    </svg>
  );
}

/**
 * The main indicators as bars: 2020 baseline against 2025 target. Every number is also printed as text
 * beside its bars, and indicators that cannot be drawn (no baseline, or not a percentage) are named below.
 */
export function IndicatorChart({ table }: { table: TableUnit }) {
  const { t } = useTranslation();
  const [num, name, base, target] = [column(table, "序号"), column(table, "指标"), column(table, "基期值"), column(table, "目标值")];
  const rows: Indicator[] = table.rows.map((r) => ({ n: r.cells[num], name: r.cells[name], baseline: r.cells[base], target: r.cells[target] }));
  const plotted = rows.filter((r) => PERCENT.test(r.baseline) && PERCENT.test(r.target));
  const skipped = rows.filter((r) => !plotted.includes(r));
  const value = (s: string) => Number(PERCENT.exec(s)?.[1]);
  return (
    <figure className="chart" aria-labelledby="chart-title">
      <figcaption>
        <h2 id="chart-title">{t("indicators.chartTitle")}</h2>
        <p>{t("indicators.chartIntro")}</p>
        <p className="chart__legend">
          <span className="chart__key chart__key--baseline" aria-hidden="true" />
          {t("indicators.baseline")}
          <span className="chart__key chart__key--target" aria-hidden="true" />
          {t("indicators.target")}
        </p>
      </figcaption>
      <ol className="chart__list">
        {plotted.map((r) => (
          <li key={r.n} className="chart__item">
            <span className="chart__name">
              {r.n}. <span lang="zh-CN">{r.name}</span>
            </span>
            <Bar baseline={value(r.baseline)} target={value(r.target)} />
            <span className="chart__values">
              {t("indicators.baseline")} <SpokenText text={r.baseline} />
              {t("indicators.separator")}
              {t("indicators.target")} <SpokenText text={r.target} />
            </span>
          </li>
        ))}
      </ol>
      {skipped.length ? (
        <ul className="chart__skipped">
          {skipped.map((r) => (
            <li key={r.n}>
              <PageText text={t(r.baseline ? "indicators.notPercent" : "indicators.noBaseline", { n: r.n, name: r.name, target: r.target })} />
            </li>
          ))}
        </ul>
      ) : null}
    </figure>
  );
}
