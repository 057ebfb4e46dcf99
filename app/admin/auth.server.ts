// Who is signed in to /admin, and what every admin request checks: a live session (cookie `admin_session`:
// HttpOnly, SameSite=Strict, Secure when COOKIE_SECURE is set), the role the action needs, and the session's
// CSRF token on every form sent. Admin responses are never stored by a cache or indexed.
import { redirect } from "@remix-run/node";
import type { Lang } from "~/i18n";
import { localePath } from "~/lib/lang";
import { settings } from "~/lib/settings.server";
import { translator } from "~/lib/translate";
import { SESSION_LIFETIME_MS, endSession, sessionFor, type CurrentSession } from "./sessions.server";
import type { Role } from "./users.server";

const COOKIE = "admin_session";

export const ADMIN_HEADERS = { "Cache-Control": "no-store", "X-Robots-Tag": "noindex, nofollow" };

function tokenOf(request: Request): string | undefined {
  const header = request.headers.get("Cookie") ?? "";
  for (const part of header.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === COOKIE) return value.join("=");
  }
  return undefined;
}

const attributes = () => `Path=/; HttpOnly; SameSite=Strict${settings().COOKIE_SECURE ? "; Secure" : ""}`;
export const sessionCookie = (token: string) => `${COOKIE}=${token}; ${attributes()}; Max-Age=${Math.floor(SESSION_LIFETIME_MS / 1000)}`;
export const clearedCookie = () => `${COOKIE}=; ${attributes()}; Max-Age=0`;

export function currentSession(request: Request): CurrentSession | undefined {
  return sessionFor(tokenOf(request));
}

/** Ends the request's session, if any. */
export function signOut(request: Request): void {
  const token = tokenOf(request);
  if (token) endSession(token);
}

/**
 * The signed-in editor, or a redirect to the sign-in page that comes back here. With `roles`, a person
 * without one of them gets 403. Publishers may do what reviewers do, and both what editors do.
 */
export function requireEditor(request: Request, lang: Lang, roles?: Role[]): CurrentSession {
  const session = currentSession(request);
  if (!session) {
    const url = new URL(request.url);
    throw redirect(`${localePath(lang, "/admin/login")}?${new URLSearchParams({ next: url.pathname + url.search })}`, { headers: ADMIN_HEADERS });
  }
  if (roles && !roles.some((r) => may(session.user.role, r))) {
    throw new Response(translator(lang)("admin.forbidden"), { status: 403, headers: ADMIN_HEADERS });
  }
  return session;
}

const RANK: Record<Role, number> = { editor: 1, reviewer: 2, publisher: 3 };
export const may = (role: Role, needed: Role) => RANK[role] >= RANK[needed];

/** A form sent without this session's token is refused: another site cannot send it in the editor's name. */
export function checkCsrf(form: FormData, session: CurrentSession, lang: Lang): void {
  if (form.get("csrf") !== session.csrfToken) throw new Response(translator(lang)("admin.csrf"), { status: 403, headers: ADMIN_HEADERS });
}

/** Only paths inside /admin are followed after signing in (no open redirect). */
export function safeNext(next: string | null, lang: Lang): string {
  return next && /^\/(en\/)?admin(\/|$|\?)/.test(next) && !next.startsWith("//") ? next : localePath(lang, "/admin");
}
