import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { localePath } from "~/lib/lang";
import { pageTitle } from "~/lib/page-meta";
import { translator } from "~/lib/translate";
import { recentChanges, recentPublishes } from "~/model/changes.server";
import { langFromParam } from "~/lib/route-input.server";
import { PageText } from "~/components/Zh";

export function loader({ params }: LoaderFunctionArgs) {
  const lang = langFromParam(params.lang);
  return { lang, changes: recentChanges(lang), publishes: recentPublishes() };
}

// The publish history is read on each request: it is not part of a content version, so the page is not kept.
export const headers = () => ({ "Cache-Control": "no-store" });

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageTitle(data.lang, translator(data.lang)("changes.title")) : []);

export default function ChangesPage() {
  const { lang, changes, publishes } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const dates = [...new Set(changes.map((c) => c.date))];
  return (
    <>
      <Breadcrumbs trail={[{ label: t("nav.home"), to: localePath(lang, "/") }]} current={t("changes.title")} />
      <h1>{t("changes.title")}</h1>
      <p className="lead">{t("changes.lead")}</p>
      {dates.length === 0 ? <p>{t("changes.empty")}</p> : null}
      {dates.map((date) => (
        <section key={date} aria-labelledby={`changes-${date}`}>
          <h2 id={`changes-${date}`}>
            <time dateTime={date}>{date}</time>
          </h2>
          <ul className="list">
            {changes
              .filter((c) => c.date === date)
              .map((c) => (
                <li key={c.kind + c.title + (c.url ?? "")}>
                  {t(`changes.${c.kind}`)}
                  {t("changes.colon")}
                  {c.url ? (
                    <Link to={localePath(lang, c.url)}>
                      <PageText text={c.title} />
                    </Link>
                  ) : (
                    <PageText text={c.title} />
                  )}
                  {c.note ? <> {c.note}</> : null}
                </li>
              ))}
          </ul>
        </section>
      ))}
      {publishes.length ? (
        // Volatile: when and how often content was published depends on the site, not on its content.
        <section aria-labelledby="publishes-heading" data-volatile="publishes">
          <h2 id="publishes-heading">{t("changes.publishes")}</h2>
          <ul className="list">
            {publishes.map((p) => (
              <li key={p.at + p.version}>
                <time dateTime={p.at.replace(" ", "T")}>{p.at}</time> {t(`changes.publish.${p.kind}`)}
                {p.change ? <strong> {t(`changes.change.${p.change}`)}</strong> : null}
                {p.note ? (
                  <>
                    {t("changes.colon")}
                    {p.note}
                  </>
                ) : null}{" "}
                {t("changes.files", { n: p.files, version: p.version })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
