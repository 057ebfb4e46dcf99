import type { Lang } from "~/i18n";

/** A plan page's h1: the printed heading, with the English title first on English pages. */
export function ChapterTitle({ lang, heading, titleEn }: { lang: Lang; heading: string; titleEn: string }) {
  if (lang !== "en") return <h1 data-plan-text>{heading}</h1>;
  return (
    <h1>
      {titleEn}
      <span className="h1-sub" lang="zh-CN" data-plan-text>
        {heading}
      </span>
    </h1>
  );
}
