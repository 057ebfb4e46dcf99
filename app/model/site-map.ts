// Every published page, for /sitemap.xml and the A–Z index: one list of what a reader can reach, so a page
// added to content is listed in both without another edit.
import { pinyin } from "pinyin-pro";
import type { Lang } from "~/i18n";
import type { ContentModel } from "./plan";
import { chapterUrl, serviceUrl, subsidyUrl } from "./plan";

/** Pages that stand on their own: not search results, the operator's desk or the finder's inner steps. */
const FIXED_PAGES = ["/", "/subsidies", "/services", "/finder", "/faq", "/glossary", "/a-z", "/ask", "/changes", "/accessibility", "/privacy", "/preferences"];

/** Every published page path (no fragments), Chinese form; the English page is the same path under /en. */
export function publishedPages(content: Pick<ContentModel, "documents" | "chapters" | "subsidies" | "services">): string[] {
  return [...FIXED_PAGES, ...content.documents.map((d) => d.base), ...content.chapters.map(chapterUrl), ...content.subsidies.map(subsidyUrl), ...content.services.map(serviceUrl)];
}

export interface IndexEntry {
  kind: "subsidy" | "service";
  name: string;
  url: string;
}

export interface IndexLetter {
  letter: string;
  entries: IndexEntry[];
}

/**
 * Supports and services under their first letter: the pinyin initial of the Chinese name (as people look
 * things up in a Chinese dictionary), or the English name's first letter. Anything else files under "#".
 */
export function alphabeticalIndex(content: Pick<ContentModel, "subsidies" | "services">, lang: Lang): IndexLetter[] {
  const en = lang === "en";
  const entries: IndexEntry[] = [
    ...content.subsidies.map((s) => ({ kind: "subsidy" as const, name: en ? s.name_en : s.name, url: subsidyUrl(s) })),
    ...content.services.map((s) => ({ kind: "service" as const, name: en ? s.name_en : s.name, url: serviceUrl(s) })),
  ];
  const initial = (name: string) => {
    const first = en ? name[0] : pinyin(name, { pattern: "first", toneType: "none", type: "array" })[0];
    const letter = (first ?? "").toUpperCase();
    return /^[A-Z]$/.test(letter) ? letter : "#";
  };
  const collator = new Intl.Collator(en ? "en" : "zh-CN");
  const letters = new Map<string, IndexEntry[]>();
  for (const entry of entries.sort((a, b) => collator.compare(a.name, b.name))) {
    const letter = initial(entry.name);
    letters.set(letter, [...(letters.get(letter) ?? []), entry]);
  }
  return [...letters.entries()].sort(([a], [b]) => (a === "#" ? 1 : b === "#" ? -1 : a.localeCompare(b))).map(([letter, list]) => ({ letter, entries: list }));
}
