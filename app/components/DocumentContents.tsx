import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "./Breadcrumbs";
import { PlanNotice } from "./PlanNotice";
import { localePath } from "~/lib/lang";
import type { Lang } from "~/i18n";
import type { getDocumentContents } from "~/model/plan-pages.server";

/** An official document's contents page: what it is, then its chapters in order. */
export function DocumentContents({ lang, page, title }: { lang: Lang; page: ReturnType<typeof getDocumentContents>; title: string }) {
  const { t } = useTranslation();
  const { document, chapters } = page;
  return (
    <>
      <Breadcrumbs trail={[{ label: t("nav.home"), to: localePath(lang, "/") }]} current={title} />
      <h1>{title}</h1>
      <p className="lead">{t("plan.lead", { title: document.title, called: document.called_en })}</p>
      <PlanNotice documents={[document.id]} />
      <h2>{t("plan.chapters")}</h2>
      <ol className="chapter-list">
        {chapters.map((chapter) => (
          <li key={chapter.slug}>
            <Link to={localePath(lang, chapter.url)}>
              {lang === "en" ? (
                <>
                  {chapter.title_en} <span lang="zh-CN">（{chapter.heading}）</span>
                </>
              ) : (
                chapter.heading
              )}
            </Link>
          </li>
        ))}
      </ol>
    </>
  );
}
