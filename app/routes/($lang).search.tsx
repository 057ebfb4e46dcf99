import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { ErrorSummary } from "~/components/ErrorSummary";
import { FilterStatus } from "~/components/FilterStatus";
import { SearchBox } from "~/components/SearchBox";
import { SearchResults } from "~/components/SearchResults";
import { localePath } from "~/lib/lang";
import { pageTitle } from "~/lib/page-meta";
import { parseSearchInput } from "~/lib/search-input.server";
import { MAX_QUERY_LENGTH, RESULTS_PER_PAGE } from "~/lib/search-limits";
import { useSiteFacts } from "~/lib/site-facts";
import { translator } from "~/lib/translate";
import { DOC_TYPES } from "../../search/types";
import { langFromParam } from "~/lib/route-input.server";
import { PageText } from "~/components/Zh";
import { OfficialTextNote } from "~/components/OfficialTextNote";

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const lang = langFromParam(params.lang);
  const url = new URL(request.url);
  const input = parseSearchInput(url);
  const rawQuery = url.searchParams.get("q") ?? "";
  if (!input.ok) {
    return { lang, q: rawQuery, types: [], error: input.error.code, result: null } as const;
  }
  const { q, types } = input.params;
  if (!q) return { lang, q, types, error: null, result: null } as const;
  const result = await context.search.search({ ...input.params, limit: RESULTS_PER_PAGE });
  return { lang, q, types, error: null, result } as const;
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [];
  const t = translator(data.lang);
  // What was searched and how much was found, as GOV.UK's search titles say it: the title is the first
  // thing a screen reader announces on the new page.
  const page = !data.result ? t("search.title") : data.result.exact ? t("search.titleResults", { q: data.q, count: data.result.total }) : t("search.titleNoExact", { q: data.q });
  return [...pageTitle(data.lang, page, { formError: data.error === "query_too_long" }), { name: "robots", content: "noindex" }];
};

export default function SearchPage() {
  const { lang, q, types, error, result } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const { hotline, documents } = useSiteFacts();
  return (
    <>
      <Breadcrumbs trail={[{ label: t("nav.home"), to: localePath(lang, "/") }]} current={t("search.title")} />
      <h1>{q && !error ? <PageText text={t("search.titleWithQuery", { q })} /> : t("search.title")}</h1>
      <ErrorSummary errors={error === "query_too_long" ? [{ field: "search-page-q", message: t("search.tooLong", { max: MAX_QUERY_LENGTH }) }] : []} />
      {error === "bad_parameter" ? (
        <p className="notice" role="status">
          {t("search.badParameter")}
        </p>
      ) : null}
      {result?.hits.length ? <OfficialTextNote /> : null}
      <p id="search-hint">{t("search.hint")}</p>
      {/* Its own name: the header's search landmark is "搜索本站", and two landmarks may not share one. */}
      <SearchBox id="search-page-q" defaultValue={q} variant="page" label={t("search.pageLabel")} />
      {result ? (
        <Form method="get" className="search-filters" data-live-form>
          <input type="hidden" name="q" value={q} />
          <fieldset>
            <legend>{t("search.types")}</legend>
            <p className="hint">{t("search.typesHint")}</p>
            <div className="checkboxes">
              {DOC_TYPES.map((type) => (
                <div className="checkbox" key={type}>
                  <input type="checkbox" id={`type-${type}`} name="type" value={type} defaultChecked={types.includes(type)} />
                  <label htmlFor={`type-${type}`}>{t(`search.type.${type}`)}</label>
                </div>
              ))}
            </div>
            <button type="submit" className="button button--secondary">
              {t("search.apply")}
            </button>
          </fieldset>
        </Form>
      ) : null}
      <FilterStatus id="search-status" text={!result ? "" : result.exact ? t("search.count", { count: result.total }) : t("search.noExactStatus", { count: result.total })} />
      <div id="search-results" data-live-region>
        {result?.suggestion ? (
          <p className="search-suggestion">
            {t("search.suggestion")}
            <Link to={`${localePath(lang, "/search")}?${new URLSearchParams({ q: result.suggestion })}`} lang={lang === "en" ? "zh-CN" : undefined}>
              {result.suggestion}
            </Link>
          </p>
        ) : null}
        {result?.exact ? <SearchResults lang={lang} result={result} types={types} /> : null}
        {result && !result.exact ? (
          <section className="no-results" aria-labelledby="no-results-title">
            <h2 id="no-results-title">
              <PageText text={t("search.noResultsTitle", { q })} />
            </h2>
            {result.total ? <SearchResults lang={lang} result={result} types={types} nearest /> : null}
            <p>{t("search.noResultsTips")}</p>
            <ul className="list">
              <li>{t("search.tip1")}</li>
              <li>{t("search.tip2")}</li>
              {types.length ? <li>{t("search.tip3")}</li> : null}
            </ul>
            <p>
              {t("search.finderPrompt")} <Link to={localePath(lang, "/finder")}>{t("nav.finder")}</Link>
            </p>
            <p>{t("search.browse")}</p>
            <ul className="list">
              <li>
                <Link to={localePath(lang, "/a-z")}>{t("nav.az")}</Link>
              </li>
              <li>
                <Link to={localePath(lang, "/plan")}>{t("home.task.plan")}</Link>
              </li>
              <li>
                <Link to={localePath(lang, "/plan/tasks")}>{t("home.task.tasks", { n: documents.find((d) => d.url === "/plan")?.tasks })}</Link>
              </li>
            </ul>
            <p>{t("search.help", { hotline: hotline.number })}</p>
          </section>
        ) : null}
      </div>
    </>
  );
}
