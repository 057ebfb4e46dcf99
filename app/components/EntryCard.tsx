import { Link } from "@remix-run/react";
import type { Lang } from "~/i18n";
import { localePath } from "~/lib/lang";

export interface EntrySummary {
  id: string;
  name: string;
  name_en: string;
  summary: string;
  summary_en: string;
  url: string;
}

/** A subsidy or service in a list: its name (with the Chinese name on English pages) and summary. */
export function EntryCard({ lang, entry, meta }: { lang: Lang; entry: EntrySummary; meta?: string }) {
  const en = lang === "en";
  return (
    <li className="card">
      <Link to={localePath(lang, entry.url)} className="card__title">
        {en ? entry.name_en : entry.name}
      </Link>
      {en ? (
        <span className="card__subtitle" lang="zh-CN">
          {entry.name}
        </span>
      ) : null}
      {meta ? <p className="card__meta">{meta}</p> : null}
      <p>{en ? entry.summary_en : entry.summary}</p>
    </li>
  );
}
