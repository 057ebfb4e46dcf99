// Every language's strings, for the server (which renders any language on any request). The assistant's
// reply strings (how an answer is framed, what the plan does not give…) are used on the server only: they
// live in `*.assistant.json`, merged here, so the browser's string chunk does not carry them.
import type { Resource } from "i18next";
import en from "./locales/en.json";
import enAssistant from "./locales/en.assistant.json";
import zhCN from "./locales/zh-CN.json";
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
  "zh-CN": { translation: merged(zhCN, zhCNAssistant) },
  en: { translation: merged(en, enAssistant) },
};
