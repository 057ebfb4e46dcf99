import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { localePath } from "~/lib/lang";
import { pageTitle } from "~/lib/page-meta";
import { translator } from "~/lib/translate";
import { getContent } from "~/model/load.server";
import { movedAnchors } from "~/model/redirects.server";
import { MovedAnchor } from "~/components/MovedAnchor";
import { ReadAloud } from "~/components/ReadAloud";
import { langFromParam } from "~/lib/route-input.server";
import { PageText } from "~/components/Zh";

export function loader({ params }: LoaderFunctionArgs) {
  const lang = langFromParam(params.lang);
  const entries = getContent()
    .glossary.filter((e) => e.list)
    // Only what the page shows: the 常见说法 (everyday), never the typos or slurs kept for search.
    .map(({ id, term, aliases, everyday, en, explain, explain_en }) => ({ id, term, aliases, said: everyday, en: en[0], explain: lang === "en" ? explain_en : explain }))
    .sort((a, b) => a.term.localeCompare(b.term, "zh-CN"));
  // A link to an entry's old id (renamed in /admin or by hand) is taken to its new place.
  return { lang, entries, moved: movedAnchors() };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageTitle(data.lang, translator(data.lang)("glossary.title")) : []);

export default function GlossaryPage() {
  const { lang, entries, moved } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const en = lang === "en";
  return (
    <>
      <Breadcrumbs trail={[{ label: t("nav.home"), to: localePath(lang, "/") }]} current={t("glossary.title")} />
      <h1>{t("glossary.title")}</h1>
      <ReadAloud />
      <MovedAnchor moved={moved} />
      <p className="lead">{t("glossary.lead")}</p>
      {entries.length === 0 ? <p>{t("glossary.empty")}</p> : null}
      <dl className="glossary">
        {entries.map((entry) => (
          <div className="glossary__entry" id={entry.id} key={entry.id}>
            <dt className="glossary__term">
              <dfn lang="zh-CN">{entry.term}</dfn>
              {en && entry.en ? <span className="glossary__en"> ({entry.en})</span> : null}
            </dt>
            <dd>
              <p>{entry.explain}</p>
              {entry.aliases.length ? (
                <p className="glossary__meta">
                  {t("glossary.also")}
                  <span lang="zh-CN">{entry.aliases.join("、")}</span>
                </p>
              ) : null}
              {entry.said.length ? (
                <p className="glossary__meta">
                  {t("glossary.said")}
                  <span lang="zh-CN">{entry.said.join("、")}</span>
                </p>
              ) : null}
              {!en && entry.en ? (
                <p className="glossary__meta">
                  {t("glossary.english")}
                  <span lang="en">{entry.en}</span>
                </p>
              ) : null}
              <p className="glossary__meta">
                <Link to={`${localePath(lang, "/search")}?${new URLSearchParams({ q: entry.term })}`}>
                  <PageText text={t("glossary.searchLink", { term: entry.term })} />
                </Link>
              </p>
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
