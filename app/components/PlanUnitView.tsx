import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TASK_HEAD } from "~/model/plan";
import type { ContentsUnit, PlanUnit, TaskUnit } from "~/model/schemas";
import type { TermMark } from "~/model/term-marks";
import { DataTable } from "./DataTable";
import { SpokenText } from "./SpokenText";
import { UnitLink } from "./UnitLink";

export interface UnitContext {
  /** The heading the unit sits under, used to name paragraphs ("（一）指导思想 第1段"). */
  sectionName: string;
  /** 1-based position among the section's paragraphs, for the link's accessible name only. */
  paragraphNumber: number;
  /** Where each heading in the plan's own table of contents lives on this site. */
  contentsLinks?: Record<string, string>;
  /** Glossary terms first used in this unit, linked to their explanation. */
  terms?: TermMark[];
}

export function PlanUnitView({ unit, context }: { unit: PlanUnit; context: UnitContext }) {
  switch (unit.kind) {
    case "paragraph":
      return <Paragraph id={unit.id} text={unit.text} note={unit.note} context={context} />;
    case "task":
      return <Task task={unit} terms={context.terms} />;
    case "table":
      return <DataTable table={unit} />;
    case "contents":
      return <Contents unit={unit} links={context.contentsLinks ?? {}} />;
  }
}

function Note({ note }: { note?: string }) {
  const { t, i18n } = useTranslation();
  if (!note) return null;
  return (
    <span className="unit__note">
      <span aria-hidden="true">{t("plan.note", { note })}</span>
      <span className="visually-hidden" lang={i18n.language}>
        {t("plan.noteExplain")}
      </span>
    </span>
  );
}

function Paragraph({ id, text, note, context }: { id: string; text: string; note?: string; context: UnitContext }) {
  const { t } = useTranslation();
  return (
    <div className="unit" id={id}>
      <p className="unit__text">
        <SpokenText text={text} terms={context.terms} />
        <Note note={note} />
      </p>
      <UnitLink id={id} name={t("plan.paragraphName", { section: context.sectionName, n: context.paragraphNumber })} />
    </div>
  );
}

function Task({ task, terms }: { task: TaskUnit; terms?: TermMark[] }) {
  const { t } = useTranslation();
  const head = TASK_HEAD.exec(task.text)?.[0] ?? "";
  const body = task.text.slice(head.length);
  return (
    <div className="unit unit--task" id={task.id}>
      <h3 className="unit__task-head">{head}</h3>
      <p className="unit__text">
        <SpokenText text={body} terms={terms} />
        <Note note={task.note} />
      </p>
      <UnitLink id={task.id} name={t("plan.taskName", { n: task.number, title: task.title })} />
    </div>
  );
}

function Contents({ unit, links }: { unit: ContentsUnit; links: Record<string, string> }) {
  const { t, i18n } = useTranslation();
  return (
    <nav className="unit plan-contents" id={unit.id} aria-labelledby={`${unit.id}-caption`}>
      <h2 id={`${unit.id}-caption`}>{unit.caption}</h2>
      <ol className="plan-contents__list">
        {unit.entries.map(([heading, page]) => {
          const to = links[heading];
          return (
            <li key={heading}>
              {to ? <Link to={to}>{heading}</Link> : heading}{" "}
              <span className="plan-contents__page">
                <span className="visually-hidden" lang={i18n.language}>
                  {t("plan.contentsPage")}{" "}
                </span>
                {page}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
