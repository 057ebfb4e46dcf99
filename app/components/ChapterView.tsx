import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Lang } from "~/i18n";
import { localePath } from "~/lib/lang";
import type { PlanChapter, PlanSection } from "~/model/schemas";
import type { TermMark } from "~/model/term-marks";
import type { ChapterSummary } from "~/model/plan-pages.server";
import { PlanUnitView } from "./PlanUnitView";

/** The in-page contents: every section, and in the tasks chapter every numbered task. */
function OnThisPage({ chapter }: { chapter: PlanChapter }) {
  const { t } = useTranslation();
  const sections = chapter.sections.filter((s) => s.heading);
  if (sections.length < 2) return null;
  return (
    <nav className="on-this-page" aria-labelledby="on-this-page-heading">
      <h2 id="on-this-page-heading">{t("plan.onThisPage")}</h2>
      <ol className="on-this-page__list">
        {sections.map((section) => {
          const tasks = section.units.flatMap((u) => (u.kind === "task" ? [u] : []));
          return (
            <li key={section.id}>
              <a href={`#${section.id}`} lang="zh-CN">
                {section.heading}
              </a>
              {tasks.length ? (
                <ol className="on-this-page__tasks">
                  {tasks.map((task) => (
                    <li key={task.id}>
                      <a href={`#${task.id}`} lang="zh-CN">
                        {task.number}. {task.title}
                      </a>
                    </li>
                  ))}
                </ol>
              ) : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

function SectionView({
  section,
  chapter,
  contentsLinks,
  terms,
}: {
  section: PlanSection;
  chapter: PlanChapter;
  contentsLinks?: Record<string, string>;
  terms: Record<string, TermMark[]>;
}) {
  let paragraphs = 0;
  const units = section.units.map((unit) => {
    if (unit.kind === "paragraph") paragraphs++;
    return (
      <PlanUnitView
        key={unit.id}
        unit={unit}
        context={{ sectionName: section.heading ?? chapter.heading, paragraphNumber: paragraphs, contentsLinks, terms: terms[unit.id] }}
      />
    );
  });
  if (!section.heading) return <div className="plan-section">{units}</div>;
  return (
    <section className="plan-section" aria-labelledby={section.id}>
      <h2 id={section.id} className="plan-section__heading">
        {section.heading}
      </h2>
      {units}
    </section>
  );
}

export function ChapterView({
  lang,
  chapter,
  previous,
  next,
  contentsLinks,
  terms = {},
}: {
  lang: Lang;
  chapter: PlanChapter;
  previous: ChapterSummary | null;
  next: ChapterSummary | null;
  contentsLinks?: Record<string, string>;
  /** First uses of glossary terms, by unit id. */
  terms?: Record<string, TermMark[]>;
}) {
  const { t } = useTranslation();
  const label = (c: ChapterSummary) => (lang === "en" ? c.title_en : c.heading);
  return (
    <>
      <OnThisPage chapter={chapter} />
      <div id="plan-body" className="plan-body" lang={lang === "en" ? "zh-CN" : undefined} data-plan-text>
        {chapter.sections.map((section) => (
          <SectionView key={section.id} section={section} chapter={chapter} contentsLinks={contentsLinks} terms={terms} />
        ))}
      </div>
      <nav className="pager" aria-label={t("plan.chapters")}>
        <ul>
          {previous ? (
            <li className="pager__previous">
              <Link to={localePath(lang, previous.url)} rel="prev">
                <span className="pager__label">{t("plan.previous")}</span>
                <span className="pager__title">{label(previous)}</span>
              </Link>
            </li>
          ) : null}
          {next ? (
            <li className="pager__next">
              <Link to={localePath(lang, next.url)} rel="next">
                <span className="pager__label">{t("plan.next")}</span>
                <span className="pager__title">{label(next)}</span>
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>
    </>
  );
}
