import { useTranslation } from "react-i18next";

/**
 * GOV.UK-style error summary: a titled list of what is wrong, each linking to its field (a problem of the
 * whole form, such as a cross-file content check, has none). The page's script
 * moves focus to it when the page loads (app/enhance/focus.ts); the page title already starts with 错误：
 * (pageTitle's formError).
 */
export function ErrorSummary({ errors }: { errors: { field?: string; message: string }[] }) {
  const { t } = useTranslation();
  if (!errors.length) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title">{t("search.errorSummary")}</h2>
      <ul className="error-summary__list">
        {errors.map((e) => (
          <li key={(e.field ?? "") + e.message}>{e.field ? <a href={`#${e.field}`}>{e.message}</a> : e.message}</li>
        ))}
      </ul>
    </div>
  );
}
