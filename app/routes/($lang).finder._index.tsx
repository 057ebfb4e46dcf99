import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { PlanNotice } from "~/components/PlanNotice";
import { localePath } from "~/lib/lang";
import { pageTitle } from "~/lib/page-meta";
import { translator } from "~/lib/translate";
import { langFromParam } from "~/lib/route-input.server";

export function loader({ params }: LoaderFunctionArgs) {
  return { lang: langFromParam(params.lang) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageTitle(data.lang, translator(data.lang)("finder.title")) : []);

export default function FinderStartPage() {
  const { lang } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <Breadcrumbs trail={[{ label: t("nav.home"), to: localePath(lang, "/") }]} current={t("finder.title")} />
      <h1>{t("finder.title")}</h1>
      <p className="lead">{t("finder.lead")}</p>
      <ul className="list">
        {(t("finder.startNotes", { returnObjects: true }) as string[]).map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      <p>
        <Link to={localePath(lang, "/finder/role")} className="button button--start">
          {t("finder.start")}
        </Link>
      </p>
      <PlanNotice />
    </>
  );
}
