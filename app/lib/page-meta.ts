// Page titles ("<page> - 杭州残疾人服务指南") and the site description, in the page's language.
import type { MetaDescriptor } from "@remix-run/node";
import type { Lang } from "~/i18n";
import { translator } from "./translate";

export function pageTitle(lang: Lang, page?: string): MetaDescriptor[] {
  const t = translator(lang);
  const site = t("site.name");
  return [{ title: page ? `${page} - ${site}` : site }, { name: "description", content: t("site.description") }];
}
