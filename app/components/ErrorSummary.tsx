import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

/**
 * GOV.UK-style error summary: a titled list of what is wrong, each linking to its field. Focus moves to
 * it when it appears (after a JavaScript submit); without JavaScript the page loads with it at the top.
 */
export function ErrorSummary({ errors }: { errors: { field: string; message: string }[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!errors.length) return;
    ref.current?.focus();
    // A form answered in the browser keeps the page's title, so it gets its 错误： here; the server's
    // page already has it (pageTitle's formError).
    const prefix = t("errors.titlePrefix");
    const before = document.title;
    if (!before.startsWith(prefix)) document.title = prefix + before;
    return () => {
      document.title = before;
    };
  }, [errors, t]);
  if (!errors.length) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title">{t("search.errorSummary")}</h2>
      <ul className="error-summary__list">
        {errors.map((e) => (
          <li key={e.field}>
            <a href={`#${e.field}`}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
