// Page titles ("<page> - 杭州残疾人服务指南") and the site description, in the page's language.
import type { MetaDescriptor } from "@remix-run/node";
import type { Lang } from "~/i18n";
import { translator } from "./translate";

/** `formError`: the page answers a form with errors, so its title starts "错误：" (as GOV.UK's do). */
export function pageTitle(lang: Lang, page?: string, { formError = false } = {}): MetaDescriptor[] {
  const t = translator(lang);
  const site = t("site.name");
  const title = page ? `${page} - ${site}` : site;
  return [{ title: formError ? `${t("errors.titlePrefix")}${title}` : title }, { name: "description", content: t("site.description") }];
}
