import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Lang } from "~/i18n";
import { localePath } from "~/lib/lang";
import type { ResolvedQuote } from "~/model/derived-pages.server";

/** The plan sentences a page rests on, each linked to its unit. */
export function SourceQuotes({ lang, quotes }: { lang: Lang; quotes: ResolvedQuote[] }) {
  const { t } = useTranslation();
  const zh = lang === "en" ? "zh-CN" : undefined;
  return (
    <ul className="source-quotes">
      {quotes.map((q) => (
        <li key={q.url + q.quote}>
          <blockquote lang={zh}>{q.quote}</blockquote>
          <Link to={localePath(lang, q.url)}>
            {t("subsidies.quoteLink", { name: "" })}
            <span lang={zh}>{q.name}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
