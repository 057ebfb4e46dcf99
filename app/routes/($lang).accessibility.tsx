import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { ProseSections } from "~/components/ProseSections";
import { localePath } from "~/lib/lang";
import { pageTitle } from "~/lib/page-meta";
import { prosePage } from "~/model/prose-pages.server";
import { langFromParam } from "~/lib/route-input.server";

// The text is content (content/pages/accessibility.yaml), so editors can keep it true without a code change.
export function loader({ params }: LoaderFunctionArgs) {
  const lang = langFromParam(params.lang);
  return { lang, page: prosePage("accessibility", lang) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageTitle(data.lang, data.page.title) : []);

export default function ProsePageRoute() {
  const { lang, page } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <Breadcrumbs trail={[{ label: t("nav.home"), to: localePath(lang, "/") }]} current={page.title} />
      <h1>{page.title}</h1>
      <p className="lead">{page.lead}</p>
      <ProseSections sections={page.sections} />
    </>
  );
}
