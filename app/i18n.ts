// i18next settings shared by the server and the browser. UI strings only: content is not translated here.
import type { InitOptions } from "i18next";
import en from "./locales/en.json";
import zhCN from "./locales/zh-CN.json";

export const SUPPORTED_LANGS = ["zh-CN", "en"] as const;
export type Lang = (typeof SUPPORTED_LANGS)[number];
export const DEFAULT_LANG: Lang = "zh-CN";

export const resources = {
  "zh-CN": { translation: zhCN },
  en: { translation: en },
} as const;

export const i18nOptions: InitOptions = {
  supportedLngs: [...SUPPORTED_LANGS],
  fallbackLng: DEFAULT_LANG,
  defaultNS: "translation",
  resources,
  // Strings are bundled, so initialisation never waits for a backend.
  initImmediate: false,
  // React escapes output itself.
  interpolation: { escapeValue: false },
};
