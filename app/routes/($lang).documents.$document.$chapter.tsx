import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ChapterPage } from "~/components/ChapterPage";
import { localePath } from "~/lib/lang";
import { pageTitle } from "~/lib/page-meta";
import { documentById, getChapterPage } from "~/model/plan-pages.server";
import { langFromParam, slugFromParam } from "~/lib/route-input.server";

// /documents/<id>/<chapter>: a chapter of an official document. A document first published elsewhere (/plan)
// answers there, with a permanent redirect (the fragment, kept by the browser, is an anchor on that page).
export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = langFromParam(params.lang);
  const { pathname } = new URL(request.url);
  const document = documentById(slugFromParam(params.document, pathname), pathname);
  const slug = slugFromParam(params.chapter, pathname);
  if (document.base !== `/documents/${document.id}`) throw redirect(localePath(lang, `${document.base}/${slug}`), 301);
  return { lang, ...getChapterPage(document, slug, lang, pathname) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? pageTitle(data.lang, data.lang === "en" ? data.chapter.title_en : data.chapter.heading) : [];

export default function DocumentChapterPage() {
  const { lang, ...page } = useLoaderData<typeof loader>();
  return <ChapterPage lang={lang} page={page} contentsLabel={lang === "en" ? page.document.title_en : page.document.title} />;
}
