import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { localePath } from "~/lib/lang";
import { pageTitle } from "~/lib/page-meta";
import { langFromParam } from "~/lib/route-input.server";
import { translator } from "~/lib/translate";
import { getContent } from "~/model/load.server";
import { alphabeticalIndex } from "~/model/site-map";

export function loader({ params }: LoaderFunctionArgs) {
  const lang = langFromParam(params.lang);
  return { lang, letters: alphabeticalIndex(getContent(), lang) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageTitle(data.lang, translator(data.lang)("az.title")) : []);

/** Another way to every support and service (WCAG 2.4.5): all of them by first letter, on one page. */
export default function AzPage() {
  const { lang, letters } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const anchor = (letter: string) => `letter-${letter === "#" ? "other" : letter}`;
  return (
    <>
      <Breadcrumbs trail={[{ label: t("nav.home"), to: localePath(lang, "/") }]} current={t("az.title")} />
      <h1>{t("az.title")}</h1>
      <p className="lead">{t("az.lead")}</p>
      <nav aria-label={t("az.lettersLabel")} className="az-letters">
        <ul>
          {letters.map(({ letter }) => (
            <li key={letter}>
              <a href={`#${anchor(letter)}`}>{letter === "#" ? t("az.other") : letter}</a>
            </li>
          ))}
        </ul>
      </nav>
      {letters.map(({ letter, entries }) => (
        <section key={letter} aria-labelledby={anchor(letter)}>
          <h2 id={anchor(letter)}>{letter === "#" ? t("az.other") : letter}</h2>
          <ul className="list az-list">
            {entries.map((entry) => (
              <li key={entry.url}>
                <Link to={localePath(lang, entry.url)}>{entry.name}</Link> <span className="az-list__kind">{t(`az.kind.${entry.kind}`)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
