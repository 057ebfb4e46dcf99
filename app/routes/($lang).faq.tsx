import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { PlanNotice } from "~/components/PlanNotice";
import { SourceQuotes } from "~/components/SourceQuotes";
import { localePath } from "~/lib/lang";
import { pageTitle } from "~/lib/page-meta";
import { translator } from "~/lib/translate";
import { resolveQuotes } from "~/model/derived-pages.server";
import { getContent } from "~/model/load.server";
import { movedAnchors } from "~/model/redirects.server";
import { FAQ_TOPICS } from "~/model/vocabulary";
import { MovedAnchor } from "~/components/MovedAnchor";
import { ReadAloud } from "~/components/ReadAloud";
import { langFromParam } from "~/lib/route-input.server";
import { PageText } from "~/components/Zh";

export function loader({ params }: LoaderFunctionArgs) {
  const lang = langFromParam(params.lang);
  const entries = getContent().faq.map((e) => ({ ...e, sources: resolveQuotes(e) }));
  // A link to an entry's old id (renamed in /admin or by hand) is taken to its new place.
  return { lang, entries, moved: movedAnchors() };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageTitle(data.lang, translator(data.lang)("faq.title")) : []);

export default function FaqPage() {
  const { lang, entries, moved } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const en = lang === "en";
  return (
    <>
      <Breadcrumbs trail={[{ label: t("nav.home"), to: localePath(lang, "/") }]} current={t("faq.title")} />
      <h1>{t("faq.title")}</h1>
      <ReadAloud />
      <MovedAnchor moved={moved} />
      <p className="lead">{t("faq.lead")}</p>
      <p>
        <Link to={localePath(lang, "/ask")}>{t("faq.askLink")}</Link>
      </p>
      <PlanNotice />
      {FAQ_TOPICS.map((topic) => {
        const inTopic = entries.filter((e) => e.topic === topic);
        if (!inTopic.length) return null;
        return (
          <section key={topic} aria-labelledby={`topic-${topic}`}>
            <h2 id={`topic-${topic}`}>{t(`faq.topic.${topic}`)}</h2>
            {inTopic.map((e) => (
              <div key={e.id} id={e.id} className="faq-entry">
                <h3>{en ? e.question_en : e.question}</h3>
                <p>{en ? <PageText text={e.answer_en} /> : e.answer}</p>
                <details>
                  <summary>{t("assistant.sources")}</summary>
                  <SourceQuotes lang={lang} quotes={e.sources} />
                </details>
              </div>
            ))}
          </section>
        );
      })}
    </>
  );
}
