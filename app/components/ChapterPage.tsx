import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "./Breadcrumbs";
import { ChapterTitle } from "./ChapterTitle";
import { ChapterView } from "./ChapterView";
import { MovedAnchor } from "./MovedAnchor";
import { PlainSummary } from "./PlainSummary";
import { PlanNotice } from "./PlanNotice";
import { ReadAloud } from "./ReadAloud";
import { localePath } from "~/lib/lang";
import type { Lang } from "~/i18n";
import type { getChapterPage } from "~/model/plan-pages.server";

type Page = ReturnType<typeof getChapterPage>;

/** A chapter of an official document: its plain summary, then every unit as printed. */
export function ChapterPage({ lang, page, contentsLabel }: { lang: Lang; page: Page; contentsLabel: string }) {
  const { t } = useTranslation();
  const { document, chapter, previous, next, contentsLinks, plain, terms, moved } = page;
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: t("nav.home"), to: localePath(lang, "/") },
          { label: contentsLabel, to: localePath(lang, document.base) },
        ]}
        current={lang === "en" ? chapter.title_en : chapter.title}
      />
      <ChapterTitle lang={lang} heading={chapter.heading} titleEn={chapter.title_en} />
      <ReadAloud />
      <MovedAnchor moved={moved} />
      <PlanNotice documents={[document.id]} />
      <PlainSummary points={plain} terms={terms} />
      <ChapterView lang={lang} chapter={chapter} previous={previous} next={next} contentsLinks={contentsLinks} terms={terms} />
    </>
  );
}
