import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PlanNotice } from "~/components/PlanNotice";
import { localePath } from "~/lib/lang";
import { pageTitle } from "~/lib/page-meta";
import { useSiteFacts } from "~/lib/site-facts";
import { langFromParam } from "~/lib/route-input.server";

export function loader({ params }: LoaderFunctionArgs) {
  return { lang: langFromParam(params.lang) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageTitle(data.lang) : []);

// Only pages that exist are offered here; each new feature adds its own entry.
const TOP_TASKS = [
  { key: "finder", path: "/finder" },
  { key: "subsidies", path: "/subsidies" },
  { key: "services", path: "/services" },
  { key: "plan", path: "/plan" },
  { key: "tasks", path: "/plan/tasks" },
  { key: "indicators", path: "/plan/indicators" },
  { key: "projects", path: "/plan/projects" },
] as const;

export default function HomePage() {
  const { lang } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const { hotline, documents } = useSiteFacts();
  // The plan's links lead to /plan: its counts are counted from its content.
  const plan = documents.find((d) => d.url === "/plan");
  return (
    <>
      <h1>{t("home.title")}</h1>
      <p className="lead">{t("home.lead")}</p>
      <h2>{t("home.tasksHeading")}</h2>
      <ul className="task-list">
        {TOP_TASKS.map((task) => (
          <li key={task.key} className="task-list__item">
            <Link className="task-list__link" to={localePath(lang, task.path)}>
              {t(`home.task.${task.key}`, { n: plan?.tasks })}
            </Link>
            <p className="task-list__hint">{t(`home.task.${task.key}Hint`)}</p>
          </li>
        ))}
      </ul>
      <section className="callout" aria-labelledby="home-help">
        <h2 id="home-help">{t("home.helpHeading")}</h2>
        <p>{t("home.helpBody", { hotline: hotline.number })}</p>
      </section>
      <PlanNotice />
    </>
  );
}
