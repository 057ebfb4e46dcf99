import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { langFromParam, localePath } from "~/lib/lang";
import { pageTitle } from "~/lib/page-meta";
import { translator } from "~/lib/translate";

export function loader({ params }: LoaderFunctionArgs) {
  return { lang: langFromParam(params.lang) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageTitle(data.lang, translator(data.lang)("privacy.title")) : []);

export default function PrivacyPage() {
  const { lang } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <Breadcrumbs trail={[{ label: t("nav.home"), to: localePath(lang, "/") }]} current={t("privacy.title")} />
      <h1>{t("privacy.title")}</h1>
      <p className="lead">{t("privacy.lead")}</p>
      <h2>{t("privacy.storedHeading")}</h2>
      <ul className="list">
        {(t("privacy.stored", { returnObjects: true }) as string[]).map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h2>{t("privacy.thirdHeading")}</h2>
      <p>{t("privacy.third")}</p>
    </>
  );
}
