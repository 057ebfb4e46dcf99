import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Lang } from "~/i18n";
import type { AnswerRow } from "~/lib/finder-answers";
import { localePath } from "~/lib/lang";

/** The finder's answers with a "change" link for each (GOV.UK summary list). */
export function AnswerList({ lang, rows }: { lang: Lang; rows: AnswerRow[] }) {
  const { t } = useTranslation();
  return (
    <dl className="summary-list summary-list--answers">
      {rows.map((row) => (
        <div key={row.step}>
          <dt>{row.question}</dt>
          <dd>{row.answer}</dd>
          <dd className="summary-list__action">
            <Link to={localePath(lang, `/finder/${row.step}?change`)} aria-label={t("finder.changeName", { question: row.question })}>
              {t("finder.change")}
            </Link>
          </dd>
        </div>
      ))}
    </dl>
  );
}
