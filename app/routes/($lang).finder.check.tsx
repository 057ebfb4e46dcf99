import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, redirect, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AnswerList } from "~/components/AnswerList";
import { applicableSteps, firstUnanswered, readAnswers } from "~/lib/finder.server";
import { answerRows } from "~/lib/finder-answers";
import { localePath } from "~/lib/lang";
import { pageTitle } from "~/lib/page-meta";
import { translator } from "~/lib/translate";
import { getContent } from "~/model/load.server";
import { langFromParam } from "~/lib/route-input.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = langFromParam(params.lang);
  const answers = await readAnswers(request);
  const missing = firstUnanswered(answers);
  if (missing) throw redirect(localePath(lang, `/finder/${missing.id}`));
  const steps = applicableSteps(answers).map((s) => ({ id: s.id, value: answers[s.id] }));
  const last = steps[steps.length - 1].id;
  return { lang, steps, last, districts: getContent().facts.districts };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageTitle(data.lang, translator(data.lang)("finder.checkTitle")) : []);

export default function FinderCheckPage() {
  const { lang, steps, last, districts } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <p className="back-link">
        <Link to={localePath(lang, `/finder/${last}`)}>{t("finder.back")}</Link>
      </p>
      <h1>{t("finder.checkTitle")}</h1>
      <AnswerList lang={lang} rows={answerRows(t, steps, districts, lang === "en")} />
      <p>
        <Link to={localePath(lang, "/finder/result")} className="button">
          {t("finder.seeResults")}
        </Link>
      </p>
    </>
  );
}
