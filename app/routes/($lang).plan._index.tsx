import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DocumentContents } from "~/components/DocumentContents";
import { pageTitle } from "~/lib/page-meta";
import { translator } from "~/lib/translate";
import { documentAt, getDocumentContents } from "~/model/plan-pages.server";
import { langFromParam } from "~/lib/route-input.server";

// /plan: the contents of the document first published there (its `path` in the registry).
export function loader({ params, request }: LoaderFunctionArgs) {
  return { lang: langFromParam(params.lang), ...getDocumentContents(documentAt("/plan", new URL(request.url).pathname)) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageTitle(data.lang, translator(data.lang)("plan.title")) : []);

export default function PlanContentsPage() {
  const { lang, ...page } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return <DocumentContents lang={lang} page={page} title={t("plan.title")} />;
}
