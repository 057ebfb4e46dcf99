import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { langFromParam, localePath } from "~/lib/lang";
import { pageTitle } from "~/lib/page-meta";
import { useSiteFacts } from "~/lib/site-facts";
import { translator } from "~/lib/translate";

export function loader({ params }: LoaderFunctionArgs) {
  return { lang: langFromParam(params.lang) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageTitle(data.lang, translator(data.lang)("accessibility.title")) : []);

export default function AccessibilityStatementPage() {
  const { lang } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const { hotline } = useSiteFacts();
  const list = (key: string) => t(key, { returnObjects: true }) as string[];
  return (
    <>
      <Breadcrumbs trail={[{ label: t("nav.home"), to: localePath(lang, "/") }]} current={t("accessibility.title")} />
      <h1>{t("accessibility.title")}</h1>
      <p className="lead">{t("accessibility.lead")}</p>
      <h2>{t("accessibility.standardHeading")}</h2>
      <p>{t("accessibility.standard")}</p>
      <h2>{t("accessibility.featuresHeading")}</h2>
      <ul className="list">
        {list("accessibility.features").map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h2>{t("accessibility.testingHeading")}</h2>
      <ul className="list">
        {list("accessibility.testing").map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h2>{t("accessibility.gapsHeading")}</h2>
      <ul className="list">
        {list("accessibility.gaps").map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h2>{t("accessibility.reportHeading")}</h2>
      <p>{t("accessibility.report", { hotline: hotline.number, outside: hotline.from_outside })}</p>
    </>
  );
}
