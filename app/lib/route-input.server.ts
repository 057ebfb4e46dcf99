// Every loader and action reads its path segments, query and form fields through the zod schemas here
// (search and questions have their own: search-input.server.ts, ask-input.server.ts). A path segment outside
// its schema is a 404 (or the redirect/410 an editor recorded); a setting outside its schema falls back to
// its default. Nothing unchecked reaches the content model. Server-only, so zod stays out of the browser.
import { z } from "zod";
import { DEFAULT_LANG, type Lang } from "~/i18n";
import { notFound } from "~/model/redirects.server";
import { DEFAULT_PREFERENCES, PREFERENCE_OPTIONS, type Preferences } from "./preferences";
import { MAX_QUERY_LENGTH } from "./search-limits";

const langParam = z.enum(["en"]).optional();

/** The language named by the optional `$lang` segment; any value other than "en" is a 404. */
export function langFromParam(value: string | undefined): Lang {
  const parsed = langParam.safeParse(value);
  if (!parsed.success) throw new Response("Not Found", { status: 404 });
  return parsed.data ?? DEFAULT_LANG;
}

// The shape content ids have (schemas.ts), with room for old ids kept in content/redirects.yaml.
const slugParam = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/);

/** A slug segment (`/subsidies/:slug`, `/plan/:chapter`, `/finder/:step`), or the page for `pathname` is missing. */
export function slugFromParam(value: string | undefined, pathname: string): string {
  const parsed = slugParam.safeParse(value);
  if (!parsed.success) notFound(pathname);
  return parsed.data;
}

const operatorQuery = z.string().trim();

/** The operator desk's `q`: trimmed; longer than a search query allows is reported, cut to the limit. */
export function operatorQueryFrom(url: URL): { q: string; tooLong: boolean } {
  const q = operatorQuery.parse(url.searchParams.get("q") ?? "");
  return q.length > MAX_QUERY_LENGTH ? { q: q.slice(0, MAX_QUERY_LENGTH), tooLong: true } : { q, tooLong: false };
}

const preferencesSchema = z.object({
  textSize: z.enum(PREFERENCE_OPTIONS.textSize).catch(DEFAULT_PREFERENCES.textSize),
  scheme: z.enum(PREFERENCE_OPTIONS.scheme).catch(DEFAULT_PREFERENCES.scheme),
  spacing: z.enum(PREFERENCE_OPTIONS.spacing).catch(DEFAULT_PREFERENCES.spacing),
  motion: z.enum(PREFERENCE_OPTIONS.motion).catch(DEFAULT_PREFERENCES.motion),
});

/** Display preferences from a form or the cookie: unknown values fall back to the default, so a bad cookie never breaks a page. */
export function preferencesFrom(input: unknown): Preferences {
  const parsed = preferencesSchema.safeParse(input && typeof input === "object" ? input : {});
  return parsed.success ? parsed.data : { ...DEFAULT_PREFERENCES };
}
