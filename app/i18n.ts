// i18next settings shared by the server and the ask dialog. UI strings only: content is not translated here.
// The strings themselves: all languages on the server (i18n-resources.server.ts), and in the browser only
// the page's own language, loaded with the dialog when it is first opened (loadLocale).
import type { InitOptions, Resource } from "i18next";

export const SUPPORTED_LANGS = ["zh-CN", "en"] as const;
export type Lang = (typeof SUPPORTED_LANGS)[number];
export const DEFAULT_LANG: Lang = "zh-CN";

export const i18nOptions: InitOptions = {
  supportedLngs: [...SUPPORTED_LANGS],
  fallbackLng: DEFAULT_LANG,
  defaultNS: "translation",
  // Strings are at hand before initialisation, so it never waits for a backend.
  initImmediate: false,
  // React escapes output itself.
  interpolation: { escapeValue: false },
};

/** One language's strings, as its own chunk. */
export async function loadLocale(lang: Lang): Promise<Resource> {
  const strings = lang === "en" ? await import("./locales/en.json") : await import("./locales/zh-CN.json");
  return { [lang]: { translation: strings.default } };
}
