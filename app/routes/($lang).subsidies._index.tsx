import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { EntryCard } from "~/components/EntryCard";
import { FilterStatus } from "~/components/FilterStatus";
import { PlanNotice } from "~/components/PlanNotice";
import { SelectField } from "~/components/SelectField";
import { answersFromQuery } from "~/lib/audience-input";
import { localePath } from "~/lib/lang";
import { pageTitle } from "~/lib/page-meta";
import { useSiteFacts } from "~/lib/site-facts";
import { translator } from "~/lib/translate";
import { supportsFor } from "~/model/audience";
import { getContent } from "~/model/load.server";
import { subsidyUrl } from "~/model/plan";
import { AUDIENCE, SUBSIDY_GROUPS } from "~/model/vocabulary";
import { langFromParam } from "~/lib/route-input.server";

export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = langFromParam(params.lang);
  const answers = answersFromQuery(new URL(request.url));
  const { subsidies } = getContent();
  const matching = supportsFor(subsidies, answers).map(({ subsidy }) => ({
    id: subsidy.id,
    group: subsidy.group,
    name: subsidy.name,
    name_en: subsidy.name_en,
    summary: subsidy.summary,
    summary_en: subsidy.summary_en,
    url: subsidyUrl(subsidy),
  }));
  return { lang, answers, subsidies: matching, total: subsidies.length };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageTitle(data.lang, translator(data.lang)("subsidies.title")) : []);

const FILTERS = [
  { name: "role", values: AUDIENCE.role, key: "role" },
  { name: "age", values: AUDIENCE.age, key: "age" },
  { name: "category", values: AUDIENCE.category, key: "category" },
  { name: "severity", values: AUDIENCE.severity, key: "severity" },
  { name: "condition", values: AUDIENCE.condition, key: "condition" },
] as const;

export default function SubsidiesPage() {
  const { lang, answers, subsidies, total } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const { hotline } = useSiteFacts();
  const current: Record<string, string | undefined> = {
    role: answers.role,
    age: answers.age,
    category: answers.category,
    severity: answers.severity,
    condition: answers.conditions?.[0],
  };
  const filtered = FILTERS.some((f) => current[f.name]);
  const narrowedNothing = filtered && subsidies.length === total;
  return (
    <>
      <Breadcrumbs trail={[{ label: t("nav.home"), to: localePath(lang, "/") }]} current={t("subsidies.title")} />
      <h1>{t("subsidies.title")}</h1>
      <p className="lead">{t("subsidies.lead")}</p>
      <p className="callout callout--inline">
        {t("subsidies.finderPrompt")} <Link to={localePath(lang, "/finder")}>{t("subsidies.finderLink")}</Link>
      </p>
      <PlanNotice />
      <Form method="get" className="filter-form" aria-labelledby="filter-title" data-live-form>
        <h2 id="filter-title">{t("subsidies.filterTitle")}</h2>
        <p className="hint">{t("subsidies.filterHint")}</p>
        <div className="filter-form__fields">
          {FILTERS.map((f) => (
            <SelectField
              key={f.name}
              id={`filter-${f.name}`}
              name={f.name}
              label={t(`audience.dimension.${f.key}`)}
              anyLabel={t("subsidies.any")}
              value={current[f.name]}
              options={f.values.map((v) => ({ value: v, label: t(`audience.${f.key}.${v}`) }))}
            />
          ))}
        </div>
        <div className="button-row">
          <button type="submit" className="button">
            {t("subsidies.apply")}
          </button>
          <span id="filter-clear" data-live-region>
            {filtered ? <Link to={localePath(lang, "/subsidies")}>{t("subsidies.clear")}</Link> : null}
          </span>
        </div>
      </Form>
      <h2 className="results-count" id="subsidy-count" data-live-region>
        {t("subsidies.count", { count: subsidies.length })}
      </h2>
      <FilterStatus id="filter-status" nothingNarrowed={narrowedNothing} text={narrowedNothing ? t("subsidies.statusAll", { count: total }) : t("subsidies.status", { count: subsidies.length })} />
      <div id="filter-results" data-live-region>
        {subsidies.length === 0 ? <p>{t("subsidies.none", { hotline: hotline.number })}</p> : null}
        {SUBSIDY_GROUPS.map((group) => {
          const inGroup = subsidies.filter((s) => s.group === group);
          if (!inGroup.length) return null;
          return (
            <section key={group} aria-labelledby={`group-${group}`}>
              <h3 id={`group-${group}`}>{t(`group.${group}`)}</h3>
              <ul className="card-list">
                {inGroup.map((s) => (
                  <EntryCard key={s.id} lang={lang} entry={s} />
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </>
  );
}
