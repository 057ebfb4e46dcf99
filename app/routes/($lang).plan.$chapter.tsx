import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { ChapterTitle } from "~/components/ChapterTitle";
import { ChapterView } from "~/components/ChapterView";
import { MovedAnchor } from "~/components/MovedAnchor";
import { PlainSummary } from "~/components/PlainSummary";
import { PlanNotice } from "~/components/PlanNotice";
import { localePath } from "~/lib/lang";
import { pageTitle } from "~/lib/page-meta";
import { getChapterPage } from "~/model/plan-pages.server";
import { ReadAloud } from "~/components/ReadAloud";
import { langFromParam, slugFromParam } from "~/lib/route-input.server";

export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = langFromParam(params.lang);
  return { lang, ...getChapterPage(slugFromParam(params.chapter, new URL(request.url).pathname), lang, new URL(request.url).pathname) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? pageTitle(data.lang, data.lang === "en" ? data.chapter.title_en : data.chapter.heading) : [];

export default function PlanChapterPage() {
  const { lang, chapter, previous, next, contentsLinks, plain, terms, moved } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: t("nav.home"), to: localePath(lang, "/") },
          { label: t("nav.plan"), to: localePath(lang, "/plan") },
        ]}
        current={lang === "en" ? chapter.title_en : chapter.title}
      />
      <ChapterTitle lang={lang} heading={chapter.heading} titleEn={chapter.title_en} />
      <ReadAloud />
      <MovedAnchor moved={moved} />
      <PlanNotice />
      <PlainSummary points={plain} terms={terms} />
      <ChapterView lang={lang} chapter={chapter} previous={previous} next={next} contentsLinks={contentsLinks} terms={terms} />
    </>
  );
}
