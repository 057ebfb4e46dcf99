import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, redirect, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/ErrorSummary";
import { applicableSteps, chosenOptions, findStep, readAnswers, saveAnswers, type StoredAnswers } from "~/lib/finder.server";
import { localePath } from "~/lib/lang";
import { pageTitle } from "~/lib/page-meta";
import { translator } from "~/lib/translate";
import { getContent } from "~/model/load.server";
import { langFromParam, slugFromParam } from "~/lib/route-input.server";

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const lang = langFromParam(params.lang);
  const step = findStep(slugFromParam(params.step, new URL(request.url).pathname));
  const answers = await readAnswers(request);
  const flow = applicableSteps(answers);
  const index = flow.findIndex((s) => s.id === step.id);
  // A question that does not apply (an employer is not asked about age) goes back to the first one.
  if (index < 0) throw redirect(localePath(lang, "/finder/role"));
  const changing = new URL(request.url).searchParams.has("change");
  const back = changing ? "/finder/check" : index === 0 ? "/finder" : `/finder/${flow[index - 1].id}`;
  const districts = getContent().facts.districts;
  return { lang, step, current: answers[step.id], n: index + 1, total: flow.length, back, changing, districts, formError: Boolean(context.formError) };
}

export async function action({ params, request, context }: ActionFunctionArgs) {
  const lang = langFromParam(params.lang);
  const step = findStep(slugFromParam(params.step, new URL(request.url).pathname));
  const form = await request.formData();
  const values = chosenOptions(step, form);
  if (step.required && values.length === 0) {
    context.formError = true;
    return Response.json({ error: step.id }, { status: 400 });
  }
  const answers: StoredAnswers = { ...(await readAnswers(request)), [step.id]: step.multiple ? values : values[0] };
  const flow = applicableSteps(answers);
  const index = flow.findIndex((s) => s.id === step.id);
  const changing = new URL(request.url).searchParams.has("change");
  // After a change, questions that now apply and have no answer yet (a new role) are asked before
  // returning to the check page; otherwise the next question follows.
  const unanswered = flow.find((s, i) => i > index && s.required && answers[s.id] === undefined);
  const next = changing
    ? unanswered
      ? `/finder/${unanswered.id}?change`
      : "/finder/check"
    : index === flow.length - 1
      ? "/finder/check"
      : `/finder/${flow[index + 1].id}`;
  return redirect(localePath(lang, next), { headers: { "Set-Cookie": await saveAnswers(answers) } });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [];
  const t = translator(data.lang);
  return pageTitle(data.lang, `${t(`finder.q.${data.step.id}`)} - ${t("finder.title")}`, { formError: data.formError });
};

export default function FinderStepPage() {
  const { lang, step, current, n, total, back, changing, districts } = useLoaderData<typeof loader>();
  const action = useActionData<{ error?: string }>();
  const { t } = useTranslation();
  const en = lang === "en";
  const error = action?.error ? t(`finder.error.${step.id}`, { defaultValue: t("finder.error.generic") }) : undefined;
  const selected = new Set(Array.isArray(current) ? current : current ? [current] : []);
  const label = (option: string) => {
    if (option === "unsure") return step.id === "district" ? t("finder.anyDistrict") : t("finder.unsure");
    if (step.id === "district") {
      const d = districts.find((x) => x.name === option);
      return en && d ? d.name_en : option;
    }
    const key = step.id === "conditions" ? "condition" : step.id;
    return t(`audience.${key}.${option}`);
  };
  const hintId = `${step.id}-hint`;
  const errorId = `${step.id}-error`;
  return (
    <>
      <p className="back-link">
        <Link to={localePath(lang, back)}>{t("finder.back")}</Link>
      </p>
      <ErrorSummary errors={error ? [{ field: step.id, message: error }] : []} />
      <Form method="post" action={changing ? "?change" : undefined} noValidate>
        <div className={`form-group${error ? " form-group--error" : ""}`}>
          <fieldset className="fieldset" aria-describedby={[hintId, error ? errorId : ""].filter(Boolean).join(" ")}>
            <legend className="fieldset__legend">
              <span className="caption">{t("finder.stepOf", { n, total })}</span>
              <h1 className="fieldset__heading">{t(`finder.q.${step.id}`)}</h1>
            </legend>
            <p id={hintId} className="hint">
              {t(`finder.hint.${step.id}`, { defaultValue: "" })}
            </p>
            {error ? (
              <p id={errorId} className="error-message">
                <span className="visually-hidden">{t("search.errorSummary")}：</span>
                {error}
              </p>
            ) : null}
            <div className={step.multiple ? "checkboxes checkboxes--stacked" : "radios"}>
              {step.options.map((option, i) => (
                <div className={step.multiple ? "checkbox" : "radio"} key={option}>
                  <input
                    id={i === 0 ? step.id : `${step.id}-${option}`}
                    name={step.id}
                    type={step.multiple ? "checkbox" : "radio"}
                    value={option}
                    defaultChecked={selected.has(option)}
                  />
                  <label htmlFor={i === 0 ? step.id : `${step.id}-${option}`}>
                    {label(option)}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <button type="submit" className="button">
          {t("finder.continue")}
        </button>
      </Form>
    </>
  );
}
