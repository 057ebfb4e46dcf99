import type { Lang } from "~/i18n";

/** A subsidy's or service's h1: English name first on English pages, with the Chinese name beneath. */
export function EntryTitle({ lang, name, nameEn }: { lang: Lang; name: string; nameEn: string }) {
  if (lang !== "en") return <h1>{name}</h1>;
  return (
    <h1>
      {nameEn}
      <span className="h1-sub" lang="zh-CN">
        {name}
      </span>
    </h1>
  );
}
