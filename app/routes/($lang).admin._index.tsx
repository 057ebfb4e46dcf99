import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AdminBar } from "~/components/admin/AdminBar";
import { ADMIN_HEADERS, may, requireEditor } from "~/admin/auth.server";
import { adminDb } from "~/admin/db.server";
import { draftsWithStatus, type Draft } from "~/admin/drafts.server";
import { ENTRY_KINDS } from "~/admin/entry-kinds.server";
import { recentAudit } from "~/admin/audit-log.server";
import { localePath } from "~/lib/lang";
import { pageTitle } from "~/lib/page-meta";
import { langFromParam } from "~/lib/route-input.server";
import { translator } from "~/lib/translate";
import type { Lang } from "~/i18n";

export const headers = () => ADMIN_HEADERS;

export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = langFromParam(params.lang);
  const { user, csrfToken } = requireEditor(request, lang);
  const db = adminDb();
  const slim = (d: Draft) => ({ id: d.id, kind: d.kind, title: d.title, status: d.status, author: d.authorName });
  return {
    lang,
    user: { name: user.displayName, role: user.role },
    canReview: may(user.role, "reviewer"),
    canPublish: may(user.role, "publisher"),
    kinds: ENTRY_KINDS,
    csrf: csrfToken,
    mine: draftsWithStatus(db, ["draft", "returned", "in_review", "approved"], user.id).map(slim),
    review: may(user.role, "reviewer") ? draftsWithStatus(db, ["in_review"]).filter((d) => d.authorId !== user.id).map(slim) : [],
    toPublish: may(user.role, "publisher") ? draftsWithStatus(db, ["approved"]).map(slim) : [],
    audit: recentAudit(15).map((a) => ({ id: a.id, at: new Date(a.at).toISOString().slice(0, 16).replace("T", " "), who: a.username ?? "—", action: a.action, target: a.target ?? "" })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [...pageTitle(data.lang, translator(data.lang)("admin.title")), { name: "robots", content: "noindex, nofollow" }] : []);

function DraftList({ lang, drafts }: { lang: Lang; drafts: { id: number; kind: string; title: string; status: string; author: string }[] }) {
  const { t } = useTranslation();
  if (!drafts.length) return <p>{t("admin.home.none")}</p>;
  return (
    <ul className="list">
      {drafts.map((d) => (
        <li key={d.id}>
          <a href={localePath(lang, `/admin/drafts/${d.id}`)} lang="zh-CN">
            {d.title}
          </a>{" "}
          （{t(`admin.kinds.${d.kind}`)} · {t(`admin.status.${d.status}`)} · {d.author}）
        </li>
      ))}
    </ul>
  );
}

export default function AdminHome() {
  const data = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const { lang } = data;
  return (
    <>
      <AdminBar lang={lang} name={data.user.name} role={data.user.role} csrf={data.csrf} />
      <h1>{t("admin.title")}</h1>
      <h2>{t("admin.home.edit")}</h2>
      <ul className="list">
        {data.kinds.map((kind) => (
          <li key={kind}>
            <a href={localePath(lang, `/admin/${kind}`)}>{t(`admin.kinds.${kind}`)}</a>
          </li>
        ))}
      </ul>
      <h2>{t("admin.home.mine")}</h2>
      <DraftList lang={lang} drafts={data.mine} />
      {data.canReview ? (
        <>
          <h2>{t("admin.home.review")}</h2>
          <DraftList lang={lang} drafts={data.review} />
        </>
      ) : null}
      {data.canPublish ? (
        <>
          <h2>{t("admin.home.toPublish")}</h2>
          <DraftList lang={lang} drafts={data.toPublish} />
          <p>
            <a href={localePath(lang, "/admin/versions")}>{t("admin.home.versions")}</a>
          </p>
        </>
      ) : null}
      <h2>{t("admin.home.audit")}</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">UTC</th>
            <th scope="col">{t("admin.audit.who")}</th>
            <th scope="col">{t("admin.audit.action")}</th>
            <th scope="col">{t("admin.audit.target")}</th>
          </tr>
        </thead>
        <tbody>
          {data.audit.map((a) => (
            <tr key={a.id}>
              <td>{a.at}</td>
              <td>{a.who}</td>
              <td>{a.action}</td>
              <td>{a.target}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
