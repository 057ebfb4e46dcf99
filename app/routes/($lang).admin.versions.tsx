import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AdminBar } from "~/components/admin/AdminBar";
import { ErrorSummary } from "~/components/ErrorSummary";
import { ADMIN_HEADERS, checkCsrf, requireEditor } from "~/admin/auth.server";
import { adminDb } from "~/admin/db.server";
import { rollbackTo } from "~/admin/rollback.server";
import { KEEP_VERSIONS } from "~/lib/publish.server";
import { localePath } from "~/lib/lang";
import { pageTitle } from "~/lib/page-meta";
import { langFromParam } from "~/lib/route-input.server";
import { translator } from "~/lib/translate";
import { currentRecord, hasVersion, keptVersions, publishHistory } from "~/model/publish-store.server";

export const headers = () => ADMIN_HEADERS;

export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = langFromParam(params.lang);
  const { user, csrfToken } = requireEditor(request, lang, ["publisher"]);
  const kept = new Set(keptVersions(KEEP_VERSIONS));
  const seen = new Set<string>();
  const versions = publishHistory()
    .filter((r) => kept.has(r.version) && hasVersion(r.version) && !seen.has(r.version) && seen.add(r.version))
    .map((r) => ({ version: r.version, at: r.at.slice(0, 16).replace("T", " "), note: r.note, kind: r.kind }));
  const url = new URL(request.url);
  return { lang, user: { name: user.displayName, role: user.role }, csrf: csrfToken, current: currentRecord()?.version, versions, rolledBack: url.searchParams.get("rolled-back") ?? undefined };
}

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = langFromParam(params.lang);
  const session = requireEditor(request, lang, ["publisher"]);
  const form = await request.formData();
  checkCsrf(form, session, lang);
  const version = String(form.get("version") ?? "");
  const note = String(form.get("note") ?? "").trim();
  const outcome = rollbackTo(adminDb(), version, session.user.id, note);
  if (!outcome.ok) return { error: translator(lang)("admin.publish.failed") };
  throw redirect(`${localePath(lang, "/admin/versions")}?${new URLSearchParams({ "rolled-back": version })}`, { headers: ADMIN_HEADERS });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [...pageTitle(data.lang, translator(data.lang)("admin.versions.title")), { name: "robots", content: "noindex, nofollow" }] : []);

export default function AdminVersions() {
  const { lang, user, csrf, current, versions, rolledBack } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <AdminBar lang={lang} name={user.name} role={user.role} csrf={csrf} />
      <ErrorSummary errors={failed ? [{ message: failed.error }] : []} />
      <h1>{t("admin.versions.title")}</h1>
      {rolledBack ? (
        <p className="notice" role="status">
          {t("admin.versions.rolledBack", { version: rolledBack })}
        </p>
      ) : null}
      <ul className="list">
        {versions.map((v) => (
          <li key={v.version}>
            <p>
              <strong>{v.version}</strong> · UTC {v.at} · {t(`changes.publish.${v.kind}`)}
              {v.note ? <> · {v.note}</> : null}
              {v.version === current ? <> · {t("admin.versions.current")}</> : null}
            </p>
            {v.version !== current ? (
              <form method="post">
                <input type="hidden" name="csrf" value={csrf} />
                <input type="hidden" name="version" value={v.version} />
                <label htmlFor={`note-${v.version}`} className="field__label">
                  {t("admin.versions.note")}
                </label>
                <input id={`note-${v.version}`} name="note" type="text" className="field__input" />
                <button type="submit" className="button button--secondary">
                  {t("admin.versions.rollback")}
                  <span className="visually-hidden"> {v.version}</span>
                </button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
