import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { ChapterTitle } from "~/components/ChapterTitle";
import { DataTable } from "~/components/DataTable";
import { IndicatorChart } from "~/components/IndicatorChart";
import { PlainSummary } from "~/components/PlainSummary";
import { PlanNotice } from "~/components/PlanNotice";
import { localePath } from "~/lib/lang";
import { pageTitle } from "~/lib/page-meta";
import { translator } from "~/lib/translate";
import { chapterTable } from "~/model/plan-table";
import { documentAt, getChapterPage } from "~/model/plan-pages.server";
import { ReadAloud } from "~/components/ReadAloud";
import { langFromParam } from "~/lib/route-input.server";

export function loader({ params }: LoaderFunctionArgs) {
  const lang = langFromParam(params.lang);
  const { chapter, plain, terms } = getChapterPage(documentAt("/plan", `/plan/indicators`), "indicators", lang);
  return { lang, chapter, plain, terms, table: chapterTable(chapter) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageTitle(data.lang, translator(data.lang)("indicators.title")) : []);

export default function IndicatorsPage() {
  const { lang, chapter, plain, terms, table } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: t("nav.home"), to: localePath(lang, "/") },
          { label: t("nav.plan"), to: localePath(lang, "/plan") },
        ]}
        current={t("indicators.title")}
      />
      <ChapterTitle lang={lang} heading={chapter.heading} titleEn={chapter.title_en} />
      <ReadAloud />
      <p className="lead">{t("indicators.lead")}</p>
      <PlanNotice documents={[chapter.document]} />
      <PlainSummary points={plain} terms={terms} />
      <div lang={lang === "en" ? "zh-CN" : undefined} data-plan-text>
        <DataTable table={table} />
      </div>
      <IndicatorChart table={table} />
    </>
  );
}
