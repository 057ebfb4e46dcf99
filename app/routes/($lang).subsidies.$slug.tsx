import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { EntryTitle } from "~/components/EntryTitle";
import { PageDates } from "~/components/PageDates";
import { PlanNotice } from "~/components/PlanNotice";
import { SourceQuotes } from "~/components/SourceQuotes";
import { localePath } from "~/lib/lang";
import { pageTitle } from "~/lib/page-meta";
import { useSiteFacts } from "~/lib/site-facts";
import { findSubsidy, resolveQuotes, subsidyWhere } from "~/model/derived-pages.server";
import { ReadAloud } from "~/components/ReadAloud";
import { RichText } from "~/components/RichText";
import { SourcedFact } from "~/components/SourcedFact";
import { langFromParam, slugFromParam } from "~/lib/route-input.server";
import { StanceText } from "~/components/StanceText";

export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = langFromParam(params.lang);
  const { pathname } = new URL(request.url);
  const subsidy = findSubsidy(slugFromParam(params.slug, pathname), pathname);
  return { lang, subsidy, quotes: resolveQuotes(subsidy), where: subsidyWhere(subsidy) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageTitle(data.lang, data.lang === "en" ? data.subsidy.name_en : data.subsidy.name) : []);

export default function SubsidyPage() {
  const { lang, subsidy, quotes, where } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const { hotline } = useSiteFacts();
  const en = lang === "en";
  const details = en ? subsidy.details_en : subsidy.details;
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: t("nav.home"), to: localePath(lang, "/") },
          { label: t("subsidies.title"), to: localePath(lang, "/subsidies") },
        ]}
        current={en ? subsidy.name_en : subsidy.name}
      />
      <p className="caption">{t(`group.${subsidy.group}`)}</p>
      <EntryTitle lang={lang} name={subsidy.name} nameEn={subsidy.name_en} />
      <ReadAloud />
      <p className="lead">{en ? subsidy.summary_en : subsidy.summary}</p>
      <dl className="summary-list">
        <div>
          <dt>{t("subsidies.who")}</dt>
          <dd>{en ? subsidy.who_en : subsidy.who}</dd>
        </div>
        <div>
          <dt>{t("subsidies.gives")}</dt>
          <dd>{en ? subsidy.gives_en : subsidy.gives}</dd>
        </div>
        <div>
          <dt>{t("subsidies.stanceLabel")}</dt>
          <dd><StanceText stance={subsidy.stance} quotes={subsidy.quotes} /></dd>
        </div>
      </dl>
      <h2>{t("subsidies.planSays")}</h2>
      <p>{en ? subsidy.plan_says_en : subsidy.plan_says}</p>
      {details ? (
        <>
          <h2>{t("subsidies.details")}</h2>
          <RichText text={details} lang={lang} />
        </>
      ) : null}
      <h2>{t("subsidies.notPublishedTitle")}</h2>
      {subsidy.amount ? (
        <SourcedFact label={t("subsidies.amount")} value={subsidy.amount} source={subsidy.sources.find((s) => s.field === "amount")} />
      ) : (
        <p className="notice">{t("subsidies.notPublished", { hotline: hotline.number })}</p>
      )}
      <h2>{t("subsidies.whereTitle")}</h2>
      <p>
        <a href={`tel:${hotline.number}`}>{t("subsidies.whereHotline", { hotline: hotline.number, outside: hotline.from_outside })}</a>
      </p>
      {where.length ? (
        <>
          <p>{t("subsidies.wherePlan")}</p>
          <ul className="list">
            {where.map((w) => (
              <li key={w.url + w.name}>
                <Link to={localePath(lang, w.url)}>{en ? w.name_en : w.name}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{t("subsidies.quotes")}</h2>
      <SourceQuotes lang={lang} quotes={quotes} />
      <PlanNotice />
      <PageDates updated={subsidy.last_updated} reviewBy={subsidy.review_by} />
    </>
  );
}
