import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, redirect, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AnswerList } from "~/components/AnswerList";
import { PlanNotice } from "~/components/PlanNotice";
import { SourceQuotes } from "~/components/SourceQuotes";
import { applicableSteps, firstUnanswered, readAnswers, toAnswers } from "~/lib/finder.server";
import { answerRows } from "~/lib/finder-answers";
import { localePath } from "~/lib/lang";
import { pageTitle } from "~/lib/page-meta";
import { useSiteFacts } from "~/lib/site-facts";
import { translator } from "~/lib/translate";
import { narrowing, supportsFor } from "~/model/audience";
import { resolveQuotes } from "~/model/derived-pages.server";
import { getContent } from "~/model/load.server";
import { serviceUrl, subsidyUrl } from "~/model/plan";
import { langFromParam } from "~/lib/route-input.server";
import { StanceText } from "~/components/StanceText";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = langFromParam(params.lang);
  const stored = await readAnswers(request);
  const missing = firstUnanswered(stored);
  if (missing) throw redirect(localePath(lang, `/finder/${missing.id}`));
  const answers = toAnswers(stored);
  const { subsidies, services, facts } = getContent();
  const results = supportsFor(subsidies, answers).map(({ subsidy, because }) => ({
    id: subsidy.id,
    name: subsidy.name,
    name_en: subsidy.name_en,
    summary: subsidy.summary,
    summary_en: subsidy.summary_en,
    stance: subsidy.stance,
    url: subsidyUrl(subsidy),
    because,
    quotes: resolveQuotes(subsidy).slice(0, 1),
  }));
  const nearby = services
    .filter((s) => !s.district || s.district === answers.district)
    .map((s) => ({ id: s.id, name: s.name, name_en: s.name_en, district: s.district, url: serviceUrl(s) }));
  const steps = applicableSteps(stored).map((s) => ({ id: s.id, value: stored[s.id] }));
  return { lang, results, nearby, district: answers.district, steps, districts: facts.districts, narrowed: narrowing(subsidies, answers), total: subsidies.length };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageTitle(data.lang, translator(data.lang)("finder.resultTitle")) : []);

export default function FinderResultPage() {
  const { lang, results, nearby, district, steps, districts, narrowed, total } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const { hotline } = useSiteFacts();
  const en = lang === "en";
  const districtName = district ? (en ? districts.find((d) => d.name === district)?.name_en ?? district : district) : "";
  return (
    <>
      <h1>{t("finder.resultTitle")}</h1>
      <p className="lead">{t("finder.resultLead", { count: results.length })}</p>
      <PlanNotice />
      {results.length === 0 ? <p className="notice">{t("finder.none", { hotline: hotline.number })}</p> : null}
      <section className="narrowing" aria-labelledby="narrowing-title">
        <h2 id="narrowing-title">{t("finder.narrowTitle")}</h2>
        <p>{t("finder.narrowTotal", { total, count: results.length })}</p>
        <ul className="list">
          {narrowed.map((n) => {
            const question = t(`audience.dimension.${n.dimension}`);
            const answer = n.values.map((v) => t(`audience.${n.dimension}.${v}`)).join(en ? ", " : "、");
            return <li key={n.dimension}>{n.removed ? t("finder.narrowed", { question, answer, count: n.removed }) : t("finder.narrowedNone", { question, answer })}</li>;
          })}
        </ul>
        <p>{t("finder.narrowUnanswered")}</p>
        {results.length < total ? (
          <p>
            <Link to={localePath(lang, "/subsidies")}>{t("finder.narrowAll", { total })}</Link>
          </p>
        ) : null}
      </section>
      <ol className="result-list">
        {results.map((r) => (
          <li key={r.id} className="card">
            <h2 className="card__heading">
              <Link to={localePath(lang, r.url)}>{en ? r.name_en : r.name}</Link>
            </h2>
            <p>{en ? r.summary_en : r.summary}</p>
            <p className="because">
              {r.because.length
                ? t("finder.because", {
                    reasons: r.because.map((b) => t(`audience.${b.dimension}.${b.value}`)).join(en ? ", " : "、"),
                  })
                : t("finder.becauseGeneral")}
            </p>
            <p>
              <strong>{t("subsidies.stanceLabel")}：</strong>
              <StanceText stance={r.stance} quotes={r.quotes} />
            </p>
            <SourceQuotes lang={lang} quotes={r.quotes} />
          </li>
        ))}
      </ol>
      <section className="callout" aria-labelledby="handoff-title">
        <h2 id="handoff-title">{t("finder.handoffTitle", { hotline: hotline.number })}</h2>
        <p>{t("finder.handoff", { hotline: hotline.number, outside: hotline.from_outside })}</p>
        <p>
          <a href={`tel:${hotline.number}`} className="button">
            {t("help.call", { number: hotline.number })}
          </a>
        </p>
      </section>
      <h2>{t("finder.servicesTitle")}</h2>
      {districtName ? <p>{t("finder.servicesLead", { district: districtName })}</p> : null}
      <ul className="list">
        {nearby.map((s) => (
          <li key={s.id}>
            <Link to={localePath(lang, s.url)}>{en ? s.name_en : s.name}</Link>
          </li>
        ))}
      </ul>
      <h2>{t("finder.yourAnswers")}</h2>
      <AnswerList lang={lang} rows={answerRows(t, steps, districts, en)} />
      <p className="no-print">{t("finder.print")}</p>
      <p className="no-print">
        <Link to={localePath(lang, "/finder/role")}>{t("finder.restart")}</Link>
      </p>
    </>
  );
}
