import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ChapterPage } from "~/components/ChapterPage";
import { pageTitle } from "~/lib/page-meta";
import { documentAt, getChapterPage } from "~/model/plan-pages.server";
import { langFromParam, slugFromParam } from "~/lib/route-input.server";

// /plan/<chapter>: a chapter of the document first published under /plan.
export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = langFromParam(params.lang);
  const { pathname } = new URL(request.url);
  return { lang, ...getChapterPage(documentAt("/plan", pathname), slugFromParam(params.chapter, pathname), lang, pathname) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? pageTitle(data.lang, data.lang === "en" ? data.chapter.title_en : data.chapter.heading) : [];

export default function PlanChapterPage() {
  const { lang, ...page } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return <ChapterPage lang={lang} page={page} contentsLabel={t("nav.plan")} />;
}
