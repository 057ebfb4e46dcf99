// /changes: recent content changes, newest first: pages updated (their last_updated) and addresses
// renamed or removed (content/redirects.yaml).
import type { Lang } from "~/i18n";
import { getContent } from "./load.server";
import { serviceUrl, subsidyUrl } from "./plan";
import { publishHistory, type PublishRecord } from "./publish-store.server";

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

/** A publish or rollback as /changes lists it: when (Hangzhou time), what kind, the editor's note, how many files. */
export interface PublishEntry {
  at: string;
  kind: PublishRecord["kind"];
  version: string;
  note: string;
  change?: PublishRecord["change"];
  files: number;
}

const HANGZHOU_TIME = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });

/** The most recent publishes, newest first (the history kept by the publish store, decision 0016). */
export function recentPublishes(limit = 20): PublishEntry[] {
  return publishHistory()
    .slice(0, limit)
    .map((r) => ({ at: HANGZHOU_TIME.format(new Date(r.at)), kind: r.kind, version: r.version, note: r.note, ...(r.change ? { change: r.change } : {}), files: r.files.length }));
}
