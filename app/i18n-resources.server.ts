// Every language's strings, for the server (which renders any language on any request). The assistant's
// reply strings (how an answer is framed, what the plan does not give…) and the editors' /admin pages are
// used on the server only: they live in `*.assistant.json` and `*.admin.json`, merged here, so the browser's
// string chunk (the ask dialog's) does not carry them.
import type { Resource } from "i18next";
import en from "./locales/en.json";
import enAdmin from "./locales/en.admin.json";
import enAssistant from "./locales/en.assistant.json";
import zhCN from "./locales/zh-CN.json";
import zhCNAdmin from "./locales/zh-CN.admin.json";
import zhCNAssistant from "./locales/zh-CN.assistant.json";

type Strings = Record<string, unknown>;

const isGroup = (value: unknown): value is Strings => typeof value === "object" && value !== null && !Array.isArray(value);

function merged(base: Strings, more: Strings): Strings {
  const out: Strings = { ...base };
  for (const [key, value] of Object.entries(more)) {
    const here = out[key];
    out[key] = isGroup(value) && isGroup(here) ? merged(here, value) : value;
  }
  return out;
}

export const resources: Resource = {
  "zh-CN": { translation: merged(merged(zhCN, zhCNAssistant), zhCNAdmin) },
  en: { translation: merged(merged(en, enAssistant), enAdmin) },
};
