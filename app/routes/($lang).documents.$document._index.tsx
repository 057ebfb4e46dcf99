import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DocumentContents } from "~/components/DocumentContents";
import { localePath } from "~/lib/lang";
import { pageTitle } from "~/lib/page-meta";
import { documentById, getDocumentContents } from "~/model/plan-pages.server";
import { langFromParam, slugFromParam } from "~/lib/route-input.server";

// /documents/<id>: an official document's contents. A document first published elsewhere (/plan) answers
// there, with a permanent redirect, so each page has one address.
export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = langFromParam(params.lang);
  const { pathname } = new URL(request.url);
  const document = documentById(slugFromParam(params.document, pathname), pathname);
  if (document.base !== `/documents/${document.id}`) throw redirect(localePath(lang, document.base), 301);
  return { lang, ...getDocumentContents(document) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? pageTitle(data.lang, data.lang === "en" ? data.document.title_en : data.document.title) : [];

export default function DocumentContentsPage() {
  const { lang, ...page } = useLoaderData<typeof loader>();
  return <DocumentContents lang={lang} page={page} title={lang === "en" ? page.document.title_en : page.document.title} />;
}
