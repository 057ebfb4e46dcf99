import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, redirect, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { localePath } from "~/lib/lang";
import { pageTitle } from "~/lib/page-meta";
import { PREFERENCE_NAMES, PREFERENCE_OPTIONS, DEFAULT_PREFERENCES } from "~/lib/preferences";
import { readPreferences, savePreferences } from "~/lib/preferences.server";
import { safeReturnPath } from "~/lib/return-path";
import { translator } from "~/lib/translate";
import { langFromParam, preferencesFrom } from "~/lib/route-input.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = langFromParam(params.lang);
  const url = new URL(request.url);
  return {
    lang,
    current: await readPreferences(request),
    from: safeReturnPath(url.searchParams.get("from")),
    saved: url.searchParams.has("saved"),
  };
}

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = langFromParam(params.lang);
  const form = await request.formData();
  const chosen = form.has("reset") ? DEFAULT_PREFERENCES : preferencesFrom(Object.fromEntries(PREFERENCE_NAMES.map((n) => [n, form.get(n)])));
  const from = safeReturnPath(String(form.get("from") ?? ""));
  const query = new URLSearchParams({ saved: "1", ...(from ? { from } : {}) });
  return redirect(`${localePath(lang, "/preferences")}?${query}`, { headers: { "Set-Cookie": await savePreferences(chosen) } });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageTitle(data.lang, translator(data.lang)("preferences.title")) : []);

export default function PreferencesPage() {
  const { lang, current, from, saved } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <Breadcrumbs trail={[{ label: t("nav.home"), to: localePath(lang, "/") }]} current={t("preferences.title")} />
      {saved ? (
        <div className="notice notice--success" role="status">
          <h2 className="notice__heading">{t("preferences.saved")}</h2>
          {from ? (
            <p>
              <Link to={from}>{t("preferences.back")}</Link>
            </p>
          ) : null}
        </div>
      ) : null}
      <h1>{t("preferences.title")}</h1>
      <p className="lead">{t("preferences.lead")}</p>
      {/* Keyed by the saved values: after a save, the radios show what is now in effect (they are uncontrolled). */}
      <Form method="post" className="preferences" key={PREFERENCE_NAMES.map((n) => current[n]).join("-")}>
        {from ? <input type="hidden" name="from" value={from} /> : null}
        {PREFERENCE_NAMES.map((name) => (
          <fieldset className="fieldset" key={name} aria-describedby={`${name}-hint`}>
            <legend className="fieldset__legend">
              <h2 className="fieldset__heading">{t(`preferences.${name}.label`)}</h2>
            </legend>
            <p id={`${name}-hint`} className="hint">
              {t(`preferences.${name}.hint`)}
            </p>
            <div className="radios">
              {PREFERENCE_OPTIONS[name].map((option) => (
                <div className="radio" key={option}>
                  <input id={`${name}-${option}`} name={name} type="radio" value={option} defaultChecked={current[name] === option} />
                  <label htmlFor={`${name}-${option}`}>{t(`preferences.${name}.options.${option}`)}</label>
                </div>
              ))}
            </div>
          </fieldset>
        ))}
        <div className="button-group">
          <button type="submit" className="button">
            {t("preferences.save")}
          </button>
          <button type="submit" name="reset" value="1" className="button button--secondary">
            {t("preferences.reset")}
          </button>
        </div>
      </Form>
      <p>{t("preferences.cookie")}</p>
    </>
  );
}
