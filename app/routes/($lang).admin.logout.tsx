import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { ADMIN_HEADERS, checkCsrf, clearedCookie, requireEditor, signOut } from "~/admin/auth.server";
import { audit } from "~/admin/audit-log.server";
import { adminDb } from "~/admin/db.server";
import { localePath } from "~/lib/lang";
import { langFromParam } from "~/lib/route-input.server";

/** Signing out is a form (POST with the CSRF token), so another site cannot sign an editor out. */
export async function action({ params, request }: ActionFunctionArgs) {
  const lang = langFromParam(params.lang);
  const session = requireEditor(request, lang);
  checkCsrf(await request.formData(), session, lang);
  signOut(request);
  audit(adminDb(), { userId: session.user.id, action: "session.end", target: session.user.username });
  return redirect(`${localePath(lang, "/admin/login")}?signed-out`, { headers: { ...ADMIN_HEADERS, "Set-Cookie": clearedCookie() } });
}

export function loader({ params }: ActionFunctionArgs) {
  return redirect(localePath(langFromParam(params.lang), "/admin"), { headers: ADMIN_HEADERS });
}
