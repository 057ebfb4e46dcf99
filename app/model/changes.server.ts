// /changes: recent content changes, newest first: pages updated (their last_updated) and addresses
// renamed or removed (content/redirects.yaml).
import type { Lang } from "~/i18n";
import { getContent } from "./load.server";
import { serviceUrl, subsidyUrl } from "./plan";

export interface ContentChange {
  date: string;
  kind: "updated" | "renamed" | "removed";
  title: string;
  /** Where to read it now; none for a removed page. */
  url?: string;
  note?: string;
}

const LIMIT = 100;

export function recentChanges(lang: Lang): ContentChange[] {
  const { subsidies, services, redirects } = getContent();
  const en = lang === "en";
  const changes: ContentChange[] = [
    ...subsidies.map((s) => ({ date: s.last_updated, kind: "updated" as const, title: en ? s.name_en : s.name, url: subsidyUrl(s) })),
    ...services.map((s) => ({ date: s.last_updated, kind: "updated" as const, title: en ? s.name_en : s.name, url: serviceUrl(s) })),
    ...redirects.map((r) => ({
      date: r.date,
      kind: r.to ? ("renamed" as const) : ("removed" as const),
      title: r.from,
      url: r.to,
      note: en ? r.note_en : r.note,
    })),
  ];
  return changes.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, "zh-CN")).slice(0, LIMIT);
}
