import { useTranslation } from "react-i18next";
import type { Lang } from "~/i18n";

const shown = (value: unknown) => (value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value, null, 1));

/** The fields that differ between two versions of an entry, side by side in a table with headers. */
export function DraftDiff({ before, after, beforeLabel, afterLabel }: { lang: Lang; before: Record<string, unknown>; after: Record<string, unknown>; beforeLabel?: string; afterLabel?: string }) {
  const { t } = useTranslation();
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => shown(before[k]) !== shown(after[k]));
  if (!keys.length) return <p>{t("admin.review.noChanges")}</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby="diff-caption" tabIndex={0}>
      <table className="table admin-diff">
        <caption id="diff-caption" className="visually-hidden">
          {t("admin.review.changes")}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("admin.review.field")}</th>
            <th scope="col">{beforeLabel ?? t("admin.review.before")}</th>
            <th scope="col">{afterLabel ?? t("admin.review.after")}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k}>
              <th scope="row">{t(`admin.field.${k}`, { defaultValue: k })}</th>
              <td lang="zh-CN">
                <del>{shown(before[k])}</del>
              </td>
              <td lang="zh-CN">
                <ins>{shown(after[k])}</ins>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
