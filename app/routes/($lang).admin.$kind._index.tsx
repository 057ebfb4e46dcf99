import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AdminBar } from "~/components/admin/AdminBar";
import { ADMIN_HEADERS, requireEditor } from "~/admin/auth.server";
import { titleOf } from "~/admin/entry-title";
import { KINDS, isEntryKind, keyOf, listEntries } from "~/admin/entry-kinds.server";
import { localePath } from "~/lib/lang";
import { pageTitle } from "~/lib/page-meta";
import { contentDir } from "~/model/load.server";
import { langFromParam } from "~/lib/route-input.server";
import { translator } from "~/lib/translate";

export const headers = () => ADMIN_HEADERS;

export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = langFromParam(params.lang);
  const { user, csrfToken } = requireEditor(request, lang);
  const kind = params.kind ?? "";
  if (!isEntryKind(kind)) throw new Response("Not Found", { status: 404, headers: ADMIN_HEADERS });
  return {
    lang,
    kind,
    user: { name: user.displayName, role: user.role },
    csrf: csrfToken,
    creatable: KINDS[kind].creatable,
    entries: listEntries(contentDir(), kind).map(({ entry }) => ({ id: keyOf(kind, entry), title: titleOf(entry) })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [];
  const t = translator(data.lang);
  return [...pageTitle(data.lang, t("admin.list.title", { kind: t(`admin.kinds.${data.kind}`) })), { name: "robots", content: "noindex, nofollow" }];
};

export default function AdminEntryList() {
  const { lang, kind, user, csrf, entries, creatable } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <AdminBar lang={lang} name={user.name} role={user.role} csrf={csrf} />
      <h1>{t("admin.list.title", { kind: t(`admin.kinds.${kind}`) })}</h1>
      {creatable ? (
        <p>
          <a href={localePath(lang, `/admin/${kind}/new`)} className="button">
            {t("admin.list.new")}
          </a>
        </p>
      ) : null}
      {entries.length ? null : <p>{t("admin.home.none")}</p>}
      <ul className="list">
        {entries.map((e) => (
          <li key={e.id}>
            <a href={localePath(lang, `/admin/${kind}/${encodeURIComponent(e.id)}`)}>
              <span lang="zh-CN">{e.title}</span>
              <span className="visually-hidden"> {t("admin.list.edit")}</span>
            </a>{" "}
            <code>{e.id}</code>
          </li>
        ))}
      </ul>
    </>
  );
}
