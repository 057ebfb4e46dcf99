import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { EntryCard } from "~/components/EntryCard";
import { FilterStatus } from "~/components/FilterStatus";
import { PlanNotice } from "~/components/PlanNotice";
import { SelectField } from "~/components/SelectField";
import { localePath } from "~/lib/lang";
import { pageTitle } from "~/lib/page-meta";
import { useSiteFacts } from "~/lib/site-facts";
import { translator } from "~/lib/translate";
import { getContent } from "~/model/load.server";
import { serviceUrl } from "~/model/plan";
import { SERVICE_KINDS } from "~/model/vocabulary";
import { langFromParam } from "~/lib/route-input.server";

// "city" stands for entries with no district of their own (city-wide, or the plan does not say).
const CITY_WIDE = "city";

export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = langFromParam(params.lang);
  const url = new URL(request.url);
  const { services, facts } = getContent();
  const districtNames = facts.districts.map((d) => d.name);
  const filter = z
    .object({
      district: z.enum([CITY_WIDE, ...districtNames] as [string, ...string[]]).optional().catch(undefined),
      kind: z.enum(SERVICE_KINDS).optional().catch(undefined),
    })
    .parse({ district: url.searchParams.get("district") || undefined, kind: url.searchParams.get("kind") || undefined });
  const matching = services
    .filter((s) => !filter.kind || s.kind === filter.kind)
    .filter((s) => !filter.district || (filter.district === CITY_WIDE ? !s.district : s.district === filter.district))
    .map((s) => ({ id: s.id, name: s.name, name_en: s.name_en, kind: s.kind, level: s.level, district: s.district, summary: s.summary, summary_en: s.summary_en, url: serviceUrl(s) }));
  return { lang, filter, districts: facts.districts, services: matching, total: services.length };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageTitle(data.lang, translator(data.lang)("services.title")) : []);

export default function ServicesPage() {
  const { lang, filter, districts, services, total } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const { hotline } = useSiteFacts();
  const en = lang === "en";
  const byDistrict = [
    ...districts.map((d) => ({ key: d.name, label: en ? d.name_en : d.name, items: services.filter((s) => s.district === d.name) })),
    { key: CITY_WIDE, label: t("services.cityWide"), items: services.filter((s) => !s.district) },
  ].filter((g) => g.items.length);
  const narrowedNothing = Boolean(filter.district || filter.kind) && services.length === total;
  return (
    <>
      <Breadcrumbs trail={[{ label: t("nav.home"), to: localePath(lang, "/") }]} current={t("services.title")} />
      <h1>{t("services.title")}</h1>
      <p className="lead">{t("services.lead")}</p>
      <PlanNotice />
      <Form method="get" className="filter-form" aria-labelledby="filter-title" data-live-form>
        <h2 id="filter-title">{t("subsidies.filterTitle")}</h2>
        <div className="filter-form__fields">
          <SelectField
            id="filter-district"
            name="district"
            label={t("services.district")}
            anyLabel={t("services.anyDistrict")}
            value={filter.district}
            options={[...districts.map((d) => ({ value: d.name, label: en ? d.name_en : d.name })), { value: CITY_WIDE, label: t("services.cityWide") }]}
          />
          <SelectField
            id="filter-kind"
            name="kind"
            label={t("services.kind")}
            anyLabel={t("services.anyKind")}
            value={filter.kind}
            options={SERVICE_KINDS.map((k) => ({ value: k, label: t(`services.kindName.${k}`) }))}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button">
            {t("services.apply")}
          </button>
          <span id="filter-clear" data-live-region>
            {filter.district || filter.kind ? <Link to={localePath(lang, "/services")}>{t("subsidies.clear")}</Link> : null}
          </span>
        </div>
      </Form>
      <h2 className="results-count" id="service-count" data-live-region>{t("services.count", { count: services.length })}</h2>
      <FilterStatus id="filter-status" nothingNarrowed={narrowedNothing} text={narrowedNothing ? t("services.statusAll", { count: total }) : t("services.status", { count: services.length })} />
      <div id="filter-results" data-live-region>
        {services.length === 0 ? <p>{t("services.none", { hotline: hotline.number })}</p> : null}
        {byDistrict.map((group) => (
          <section key={group.key} aria-labelledby={`district-${group.key}`}>
            <h3 id={`district-${group.key}`}>{group.label}</h3>
            <ul className="card-list">
              {group.items.map((s) => (
                <EntryCard key={s.id} lang={lang} entry={s} meta={`${t(`services.kindName.${s.kind}`)} · ${t(`services.level.${s.level}`)}`} />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
