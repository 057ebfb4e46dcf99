import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { ChapterTitle } from "~/components/ChapterTitle";
import { DataTable } from "~/components/DataTable";
import { IndicatorChart } from "~/components/IndicatorChart";
import { PlanNotice } from "~/components/PlanNotice";
import { langFromParam, localePath } from "~/lib/lang";
import { pageTitle } from "~/lib/page-meta";
import { translator } from "~/lib/translate";
import { chapterTable } from "~/model/plan-table";
import { getChapterPage } from "~/model/plan-pages.server";

export function loader({ params }: LoaderFunctionArgs) {
  const lang = langFromParam(params.lang);
  const { chapter } = getChapterPage("indicators");
  return { lang, chapter, table: chapterTable(chapter) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageTitle(data.lang, translator(data.lang)("indicators.title")) : []);

export default function IndicatorsPage() {
  const { lang, chapter, table } = useLoaderData<typeof loader>();
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
      <p className="lead">{t("indicators.lead")}</p>
      <PlanNotice />
      <div lang={lang === "en" ? "zh-CN" : undefined} data-plan-text>
        <DataTable table={table} />
      </div>
      <IndicatorChart table={table} />
    </>
  );
}
