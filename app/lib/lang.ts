// The language lives in the URL: Chinese at /, the English interface under /en.
import { DEFAULT_LANG, type Lang } from "~/i18n";
import { isEnglish } from "../../search/understanding/language";

/** The language of a request path: `/en` and `/en/...` are English, everything else Chinese. */
export function langFromPathname(pathname: string): Lang {
  return pathname === "/en" || pathname.startsWith("/en/") ? "en" : DEFAULT_LANG;
}

/** A site path in the given language: `/plan` becomes `/en/plan` in English. */
export function localePath(lang: Lang, path: string): string {
  if (lang === DEFAULT_LANG) return path;
  return path === "/" ? "/en" : `/en${path}`;
}

/** The same page in the other language, keeping query and fragment. */
export function otherLanguagePath(pathname: string, search = ""): string {
  const lang = langFromPathname(pathname);
  const bare = lang === "en" ? pathname.replace(/^\/en(?=\/|$)/, "") || "/" : pathname;
  return localePath(lang === "en" ? DEFAULT_LANG : "en", bare) + search;
}

/**
 * The language a question is written in, for a reply when none was asked for: English when it is mostly
 * English words (a Chinese term inside an English sentence keeps it English), else Chinese.
 */
export function questionLang(question: string): Lang {
  return isEnglish(question) ? "en" : DEFAULT_LANG;
}
