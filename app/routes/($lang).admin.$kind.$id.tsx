import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AdminBar } from "~/components/admin/AdminBar";
import { ErrorSummary } from "~/components/ErrorSummary";
import { DraftDiff } from "~/components/admin/DraftDiff";
import { SchemaFields, fieldId } from "~/components/admin/SchemaForm";
import { ADMIN_HEADERS, checkCsrf, requireEditor } from "~/admin/auth.server";
import { adminDb } from "~/admin/db.server";
import { checkDraft, draftsWithStatus, openDraft, publishedSince, saveDraft } from "~/admin/drafts.server";
import { titleOf } from "~/admin/entry-title";
import { KINDS, isEntryKind, readEntry, type EntryKind } from "~/admin/entry-kinds.server";
import { contentMessages, fieldErrors, type SaveErrors } from "~/admin/form-errors";
import { findSentences, type QuoteChoice } from "~/admin/quote-choices";
import { fieldsOf, readForm } from "~/admin/schema-fields";
import type { Lang } from "~/i18n";
import { localePath } from "~/lib/lang";
import { pageTitle } from "~/lib/page-meta";
import { langFromParam } from "~/lib/route-input.server";
import { translator } from "~/lib/translate";
import { contentDir, getContent } from "~/model/load.server";

export const headers = () => ADMIN_HEADERS;

function target(params: LoaderFunctionArgs["params"]): { kind: EntryKind; id: string } {
  const kind = params.kind ?? "";
  const id = params.id ?? "";
  if (!isEntryKind(kind) || !readEntry(contentDir(), kind, id)) throw new Response("Not Found", { status: 404, headers: ADMIN_HEADERS });
  return { kind, id };
}

/** The signed-in editor's open draft of this entry, if any (opening the page creates none). */
function ownOpenDraft(userId: number, kind: EntryKind, id: string) {
  return draftsWithStatus(adminDb(), ["draft", "returned", "in_review"], userId).find((d) => d.kind === kind && d.entryId === id);
}

export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = langFromParam(params.lang);
  const { user, csrfToken } = requireEditor(request, lang);
  const { kind, id } = target(params);
  const draft = ownOpenDraft(user.id, kind, id);
  const url = new URL(request.url);
  return {
    lang,
    kind,
    id,
    user: { name: user.displayName, role: user.role },
    csrf: csrfToken,
    fields: fieldsOf(KINDS[kind].schema),
    fixed: KINDS[kind].address ? [] : [KINDS[kind].key],
    data: draft?.data ?? readEntry(contentDir(), kind, id)!.entry,
    draft: draft ? { id: draft.id, status: draft.status, comment: draft.reviewComment } : undefined,
    newer: draft ? publishedSince(draft) : undefined,
    yours: draft?.data,
    saved: url.searchParams.has("saved"),
  };
}

export async function action({ params, request, context }: ActionFunctionArgs) {
  const lang = langFromParam(params.lang);
  const session = requireEditor(request, lang);
  const { kind, id } = target(params);
  const form = await request.formData();
  checkCsrf(form, session, lang);
  const intent = String(form.get("intent") ?? "save");
  const db = adminDb();
  const existing = ownOpenDraft(session.user.id, kind, id);
  const before = existing?.data ?? readEntry(contentDir(), kind, id)!.entry;
  const fields = fieldsOf(KINDS[kind].schema);
  // A new id renames an entry with an address of its own (publishing redirects the old address); other
  // entries keep theirs.
  const key = KINDS[kind].key;
  const renamed = KINDS[kind].address ? String(form.get(key) ?? "").trim() : "";
  const data = { ...readForm(fields, form, before), [key]: renamed || id };
  const search = String(form.get("quote-search") ?? "").trim();
  if (intent === "find") return { data, found: findSentences(getContent(), search), search };
  context.formError = true;
  const parsed = KINDS[kind].schema.safeParse(data);
  const errors: SaveErrors = { fields: parsed.success ? {} : fieldErrors(parsed.error.issues), content: [] };
  if (parsed.success) errors.content = contentMessages(checkDraft({ kind, entryId: id, data }));
  const draft = existing ?? openDraft(db, kind, id, session.user.id, getContent().version)!;
  const newer = publishedSince(draft);
  const merged = form.get("merged") === "on";
  // Quotes unticked before this save stay on offer, so taking one away by mistake is undone with a tick.
  const offered = ((before.quotes as QuoteChoice[] | undefined) ?? []).map((q) => ({ ...q, where: `${q.document} · ${q.unit}` }));
  if (newer && !merged) return { data, errors, conflict: true, found: offered };
  const clean = !Object.keys(errors.fields).length && !errors.content.length;
  // Nothing typed is lost: a draft with problems is kept, but only a clean one goes to review.
  saveDraft(db, draft, data, session.user.id, { rebase: Boolean(newer && merged), submit: clean && intent === "submit" });
  if (!clean) return { data, errors, found: offered };
  context.formError = false;
  if (intent === "submit") throw redirect(localePath(lang, `/admin/drafts/${draft.id}?submitted`), { headers: ADMIN_HEADERS });
  throw redirect(localePath(lang, `/admin/${kind}/${id}?saved`), { headers: ADMIN_HEADERS });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [];
  return [...pageTitle(data.lang, translator(data.lang)("admin.edit.title", { title: titleOf(data.data) })), { name: "robots", content: "noindex, nofollow" }];
};

export default function AdminEdit() {
  const loaded = useLoaderData<typeof loader>();
  const sent = useActionData<typeof action>();
  const { t } = useTranslation();
  const { lang, kind, id, user, csrf, draft } = loaded;
  const data = sent?.data ?? loaded.data;
  const errors = sent && "errors" in sent ? sent.errors : undefined;
  const conflict = Boolean(sent && "conflict" in sent) || Boolean(loaded.newer);
  const { fields } = loaded;
  const summary = errors ? [...Object.entries(errors.fields).map(([field, message]) => ({ field: fieldId(field), message })), ...errors.content.map((message, i) => ({ field: `content-${i}`, message }))] : [];
  const copy = (name: string) => {
    const key = name.split(".").pop()!;
    return { label: t(`admin.field.${key}`, { defaultValue: key }), hint: t(`admin.help.${key}`, { defaultValue: "" }) || undefined };
  };
  return (
    <>
      <AdminBar lang={lang} name={user.name} role={user.role} csrf={csrf} />
      <ErrorSummary errors={summary} />
      <h1>{t("admin.edit.title", { title: titleOf(data) })}</h1>
      <p className="lead">{t("admin.edit.lead")}</p>
      {loaded.saved ? (
        <p className="notice" role="status">
          {t("admin.edit.saved")}
        </p>
      ) : null}
      {draft ? (
        <p>
          {t(`admin.status.${draft.status}`)}
          {draft.comment ? <> · {t("admin.review.reviewerComment", { comment: draft.comment })}</> : null}
        </p>
      ) : null}
      {errors?.content.length ? (
        <ul className="list" aria-label={t("admin.errors.content")}>
          {errors.content.map((m, i) => (
            <li key={m} id={`content-${i}`} className="error-message">
              {m}
            </li>
          ))}
        </ul>
      ) : null}
      <form method="post" noValidate>
        <input type="hidden" name="csrf" value={csrf} />
        {conflict && loaded.newer ? <Conflict lang={lang} published={loaded.newer} yours={data} /> : null}
        <SchemaFields fields={fields} data={data} errors={errors?.fields ?? {}} copy={copy} found={(sent && "found" in sent ? sent.found : undefined) ?? []} fixed={loaded.fixed} />
        <div className="form-group">
          <label htmlFor="quote-search" className="field__label">
            {t("admin.quotes.search")}
          </label>
          <input id="quote-search" name="quote-search" type="search" className="field__input" defaultValue={sent && "search" in sent ? sent.search : ""} lang="zh-CN" />
          <button type="submit" name="intent" value="find" className="button button--secondary">
            {t("admin.quotes.searchButton")}
          </button>
          {sent && "found" in sent && sent.search && !sent.found.length ? <p role="status">{t("admin.quotes.noneFound")}</p> : null}
        </div>
        <div className="button-row">
          <button type="submit" name="intent" value="save" className="button button--secondary">
            {t("admin.edit.save")}
          </button>
          <button type="submit" name="intent" value="submit" className="button">
            {t("admin.edit.submit")}
          </button>
        </div>
      </form>
      <p>
        <a href={localePath(lang, `/admin/${kind}`)}>{t(`admin.kinds.${kind}`)}</a> · <code>{id}</code>
      </p>
    </>
  );
}

function Conflict({ lang, published, yours }: { lang: Lang; published: Record<string, unknown>; yours: Record<string, unknown> }) {
  const { t } = useTranslation();
  return (
    <div className="callout" id="conflict">
      <p>{t("admin.edit.changedSince")}</p>
      <DraftDiff lang={lang} before={published} after={yours} beforeLabel={t("admin.edit.published")} afterLabel={t("admin.edit.yours")} />
      <div className="checkbox">
        <input type="checkbox" id="merged" name="merged" />
        <label htmlFor="merged">{t("admin.edit.mergeConfirm")}</label>
      </div>
    </div>
  );
}
