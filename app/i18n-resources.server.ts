// Every language's strings, for the server (which renders any language on any request).
import type { Resource } from "i18next";
import en from "./locales/en.json";
import zhCN from "./locales/zh-CN.json";

export const resources: Resource = {
  "zh-CN": { translation: zhCN },
  en: { translation: en },
};
