import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Lang } from "~/i18n";
import { localePath } from "~/lib/lang";
import { RESULTS_PER_PAGE } from "~/lib/search-limits";
import type { SearchResult } from "../../search/types";
import { Snippet } from "./Snippet";

function pageHref(q: string, types: string[], page: number): string {
  const params = new URLSearchParams({ q });
  for (const type of types) params.append("type", type);
  if (page > 1) params.set("page", String(page));
  return `?${params}`;
}

/** `nearest`: the hits are only the nearest units to a query nothing matched, and are labelled so. */
export function SearchResults({ lang, result, types, nearest = false }: { lang: Lang; result: SearchResult; types: string[]; nearest?: boolean }) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(result.total / RESULTS_PER_PAGE));
  const zh = lang === "en" ? "zh-CN" : undefined;
  return (
    <section aria-labelledby="results-count">
      <h2 id="results-count" className="results-count">
        {nearest ? t("search.nearestCount", { count: result.total }) : t("search.count", { count: result.total })}
        {pages > 1 ? <span className="results-count__page">{t("search.countPage", { page: result.page, pages })}</span> : null}
      </h2>
      {nearest ? <p className="hint">{t("search.nearestLead")}</p> : null}
      {result.engine === "embedded" ? <p className="hint">{t("search.engineNote")}</p> : null}
      <ol className="results" start={(result.page - 1) * RESULTS_PER_PAGE + 1}>
        {result.hits.map((hit) => (
          <li key={hit.id} className="result">
            <p className="result__type">{t(`search.type.${hit.type}`)}</p>
            <h3 className="result__title">
              <Link to={localePath(lang, hit.url)} lang={zh}>
                {hit.title}
              </Link>
            </h3>
            <p className="result__path">
              {t("search.in")} <span lang={zh}>{hit.headingPath.join(" › ")}</span>
            </p>
            <p className="result__snippet" lang={zh}>
              <Snippet snippet={hit.snippet} />
            </p>
          </li>
        ))}
      </ol>
      {pages > 1 ? (
        <nav className="pagination" aria-label={t("search.pagination")}>
          <ul>
            {result.page > 1 ? (
              <li>
                <Link to={pageHref(result.query, types, result.page - 1)} rel="prev">
                  {t("search.previous")}
                </Link>
              </li>
            ) : null}
            {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
              <li key={n}>
                {n === result.page ? (
                  <span aria-current="page" className="pagination__current">
                    {t("search.pageN", { n })}
                  </span>
                ) : (
                  <Link to={pageHref(result.query, types, n)}>{t("search.pageN", { n })}</Link>
                )}
              </li>
            ))}
            {result.page < pages ? (
              <li>
                <Link to={pageHref(result.query, types, result.page + 1)} rel="next">
                  {t("search.next")}
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </section>
  );
}
