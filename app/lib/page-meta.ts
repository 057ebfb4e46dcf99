// Page titles: "<page> - 杭州残疾人服务指南", in the page's language.
import type { MetaDescriptor } from "@remix-run/node";
import type { Lang } from "~/i18n";
import { translator } from "./translate";

export function pageTitle(lang: Lang, page?: string): MetaDescriptor[] {
  const site = translator(lang)("site.name");
  return [{ title: page ? `${page} - ${site}` : site }];
}
