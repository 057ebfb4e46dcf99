import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { EntryTitle } from "~/components/EntryTitle";
import { PageDates } from "~/components/PageDates";
import { PlanNotice } from "~/components/PlanNotice";
import { SourceQuotes } from "~/components/SourceQuotes";
import { localePath } from "~/lib/lang";
import { pageTitle } from "~/lib/page-meta";
import { useSiteFacts } from "~/lib/site-facts";
import { findService, resolveQuotes } from "~/model/derived-pages.server";
import { ReadAloud } from "~/components/ReadAloud";
import { RichText } from "~/components/RichText";
import { SourceNote } from "~/components/SourcedFact";
import { langFromParam, slugFromParam } from "~/lib/route-input.server";
import { StanceText } from "~/components/StanceText";

export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = langFromParam(params.lang);
  const { pathname } = new URL(request.url);
  const service = findService(slugFromParam(params.slug, pathname), pathname);
  return { lang, service, quotes: resolveQuotes(service) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageTitle(data.lang, data.lang === "en" ? data.service.name_en : data.service.name) : []);

export default function ServicePage() {
  const { lang, service, quotes } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const { hotline } = useSiteFacts();
  const en = lang === "en";
  const notPublished = t("services.notPublished", { hotline: hotline.number });
  const practical = [
    { key: "address", label: t("services.address"), value: service.address, source: service.sources.find((s) => s.field === "address") },
    { key: "hours", label: t("services.hours"), value: service.opening_hours, source: service.sources.find((s) => s.field === "opening_hours") },
    { key: "phone", label: t("services.phone"), value: service.phone, source: service.sources.find((s) => s.field === "phone") },
    { key: "access", label: t("services.access"), value: service.accessibility_features.join("；") || undefined, source: undefined },
  ];
  const details = en ? service.details_en : service.details;
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: t("nav.home"), to: localePath(lang, "/") },
          { label: t("services.title"), to: localePath(lang, "/services") },
        ]}
        current={en ? service.name_en : service.name}
      />
      <p className="caption">
        {t(`services.kindName.${service.kind}`)} · {t(`services.level.${service.level}`)}
      </p>
      <EntryTitle lang={lang} name={service.name} nameEn={service.name_en} />
      <ReadAloud />
      <p className="lead">{en ? service.summary_en : service.summary}</p>
      <dl className="summary-list">
        <div>
          <dt>{t("services.levelLabel")}</dt>
          <dd>{t(`services.level.${service.level}`)}</dd>
        </div>
        {service.district ? (
          <div>
            <dt>{t("services.districtLabel")}</dt>
            <dd lang={en ? "zh-CN" : undefined}>{service.district}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("subsidies.stanceLabel")}</dt>
          <dd><StanceText stance={service.stance} quotes={service.quotes} /></dd>
        </div>
        {service.floor_area_m2 ? (
          <div>
            <dt>{t("services.floorArea")}</dt>
            <dd>{t("services.floorAreaValue", { value: service.floor_area_m2 })}</dd>
          </div>
        ) : null}
        {service.investment_10k_yuan ? (
          <div>
            <dt>{t("services.investment")}</dt>
            <dd>{t("services.investmentValue", { value: service.investment_10k_yuan })}</dd>
          </div>
        ) : null}
      </dl>
      {service.functions ? (
        <>
          <h2>{t("services.functions")}</h2>
          <p>{en ? service.functions_en ?? service.functions : service.functions}</p>
        </>
      ) : null}
      <h2>{t("subsidies.planSays")}</h2>
      <p>{en ? service.plan_says_en : service.plan_says}</p>
      {details ? (
        <>
          <h2>{t("subsidies.details")}</h2>
          <RichText text={details} lang={lang} />
        </>
      ) : null}
      <h2>{t("services.practical")}</h2>
      <dl className="summary-list">
        {practical.map((p) => (
          <div key={p.key}>
            <dt>{p.label}</dt>
            <dd>
              {p.value ?? notPublished}
              {p.value ? <SourceNote source={p.source} /> : null}
            </dd>
          </div>
        ))}
      </dl>
      <h2>{t("subsidies.quotes")}</h2>
      <SourceQuotes lang={lang} quotes={quotes} />
      <PlanNotice />
      <PageDates updated={service.last_updated} reviewBy={service.review_by} />
    </>
  );
}
