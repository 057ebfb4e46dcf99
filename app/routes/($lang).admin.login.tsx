import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/ErrorSummary";
import { ADMIN_HEADERS, currentSession, safeNext, sessionCookie } from "~/admin/auth.server";
import { clearAccountFailures, loginAllowed, recordLoginFailure } from "~/admin/login-limits.server";
import { createSession } from "~/admin/sessions.server";
import { checkLogin } from "~/admin/users.server";
import { audit } from "~/admin/audit-log.server";
import { adminDb } from "~/admin/db.server";
import { localePath } from "~/lib/lang";
import { pageTitle } from "~/lib/page-meta";
import { langFromParam } from "~/lib/route-input.server";
import { translator } from "~/lib/translate";

export const headers = () => ADMIN_HEADERS;

export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = langFromParam(params.lang);
  const url = new URL(request.url);
  const next = safeNext(url.searchParams.get("next"), lang);
  if (currentSession(request)) throw redirect(next, { headers: ADMIN_HEADERS });
  return { lang, next, signedOut: url.searchParams.has("signed-out") };
}

export async function action({ params, request, context }: ActionFunctionArgs) {
  const lang = langFromParam(params.lang);
  const t = translator(lang);
  const form = await request.formData();
  const username = String(form.get("username") ?? "").trim();
  const password = String(form.get("password") ?? "");
  const next = safeNext(String(form.get("next") ?? ""), lang);
  context.formError = true;
  if (!username || !password) return { error: t("admin.login.required"), username };
  const attempt = { username, address: context.clientAddress };
  const allowance = loginAllowed(attempt);
  if (!allowance.allowed) return { error: t("admin.login.limited", { minutes: Math.ceil(allowance.retryAfterSeconds / 60) }), username };
  const result = await checkLogin(username, password);
  if (!result.ok) {
    recordLoginFailure(attempt);
    return { error: t("admin.login.failed"), username };
  }
  clearAccountFailures(username);
  const session = createSession(result.user.id);
  audit(adminDb(), { userId: result.user.id, action: "session.start", target: result.user.username });
  return redirect(next, { headers: { ...ADMIN_HEADERS, "Set-Cookie": sessionCookie(session.token) } });
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [...pageTitle(data.lang, translator(data.lang)("admin.login.title")), { name: "robots", content: "noindex, nofollow" }] : [];

export default function AdminLogin() {
  const { lang, next, signedOut } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      {failed ? <ErrorSummary errors={[{ field: "username", message: failed.error }]} /> : null}
      <h1>{t("admin.login.title")}</h1>
      <p>{t("admin.notice")}</p>
      {signedOut ? (
        <p className="notice" role="status">
          {t("admin.loggedOut")}
        </p>
      ) : null}
      <form method="post" action={`${localePath(lang, "/admin/login")}`} className={failed ? "form-group form-group--error" : undefined}>
        <input type="hidden" name="next" value={next} />
        <div className="form-group">
          <label htmlFor="username" className="field__label">
            {t("admin.login.username")}
          </label>
          {failed ? (
            <p id="username-error" className="error-message">
              {failed.error}
            </p>
          ) : null}
          <input id="username" name="username" type="text" autoComplete="username" className="field__input" defaultValue={failed?.username} aria-describedby={failed ? "username-error" : undefined} spellCheck={false} autoCapitalize="none" />
        </div>
        <div className="form-group">
          <label htmlFor="password" className="field__label">
            {t("admin.login.password")}
          </label>
          <input id="password" name="password" type="password" autoComplete="current-password" className="field__input" />
        </div>
        <button type="submit" className="button">
          {t("admin.login.submit")}
        </button>
      </form>
    </>
  );
}
