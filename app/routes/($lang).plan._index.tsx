import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { PlanNotice } from "~/components/PlanNotice";
import { localePath } from "~/lib/lang";
import { pageTitle } from "~/lib/page-meta";
import { useSiteFacts } from "~/lib/site-facts";
import { translator } from "~/lib/translate";
import { listChapters } from "~/model/plan-pages.server";
import { langFromParam } from "~/lib/route-input.server";

export function loader({ params }: LoaderFunctionArgs) {
  return { lang: langFromParam(params.lang), chapters: listChapters() };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageTitle(data.lang, translator(data.lang)("plan.title")) : []);

export default function PlanContentsPage() {
  const { lang, chapters } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const { plan } = useSiteFacts();
  return (
    <>
      <Breadcrumbs trail={[{ label: t("nav.home"), to: localePath(lang, "/") }]} current={t("plan.title")} />
      <h1>{t("plan.title")}</h1>
      <p className="lead">{t("plan.lead", { title: plan.title })}</p>
      <PlanNotice />
      <h2>{t("plan.chapters")}</h2>
      <ol className="chapter-list">
        {chapters.map((chapter) => (
          <li key={chapter.slug}>
            <Link to={localePath(lang, chapter.url)}>
              {lang === "en" ? (
                <>
                  {chapter.title_en} <span lang="zh-CN">（{chapter.heading}）</span>
                </>
              ) : (
                chapter.heading
              )}
            </Link>
          </li>
        ))}
      </ol>
    </>
  );
}
