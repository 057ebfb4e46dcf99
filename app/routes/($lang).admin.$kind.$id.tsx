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
import { checkDraft, draftsWithStatus, openDraft, publishedSince, saveDraft, startNewDraft } from "~/admin/drafts.server";
import { titleOf } from "~/admin/entry-title";
import { KINDS, filesFor, isEntryKind, readEntry, type EntryKind } from "~/admin/entry-kinds.server";
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

/**
 * The kind and entry of the address, with this editor's open draft of it; "new" makes a new entry of a kind
 * that allows it.
 */
function target(params: LoaderFunctionArgs["params"], userId: number) {
  const kind = params.kind ?? "";
  const id = params.id ?? "";
  const missing = () => new Response("Not Found", { status: 404, headers: ADMIN_HEADERS });
  if (!isEntryKind(kind)) throw missing();
  if (id === "new") {
    if (!KINDS[kind].creatable) throw missing();
    return { kind, id, creating: true, draft: undefined };
  }
  const draft = ownOpenDraft(userId, kind, id);
  // A published entry, or a new one this editor has a draft of.
  if (!draft && !readEntry(contentDir(), kind, id)) throw missing();
  return { kind, id, creating: false, draft };
}

/** The signed-in editor's open draft of this entry, if any (opening the page creates none). */
function ownOpenDraft(userId: number, kind: EntryKind, id: string) {
  return draftsWithStatus(adminDb(), ["draft", "returned", "in_review"], userId).find((d) => d.kind === kind && d.entryId === id);
}

export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = langFromParam(params.lang);
  const { user, csrfToken } = requireEditor(request, lang);
  const { kind, id, creating, draft } = target(params, user.id);
  const url = new URL(request.url);
  return {
    lang,
    kind,
    id,
    creating,
    files: creating ? filesFor(contentDir(), kind) : [],
    user: { name: user.displayName, role: user.role },
    csrf: csrfToken,
    fields: fieldsOf(KINDS[kind].form),
    // The key of an entry without an address of its own is fixed once it exists.
    fixed: KINDS[kind].address || creating ? [] : [KINDS[kind].key],
    data: (creating ? {} : (draft?.data ?? readEntry(contentDir(), kind, id)?.entry ?? {})) as Record<string, unknown>,
    draft: draft ? { id: draft.id, status: draft.status, comment: draft.reviewComment } : undefined,
    newer: draft ? publishedSince(draft) : undefined,
    saved: url.searchParams.has("saved"),
  };
}

export async function action({ params, request, context }: ActionFunctionArgs) {
  const lang = langFromParam(params.lang);
  const session = requireEditor(request, lang);
  const { kind, id, creating, draft: existing } = target(params, session.user.id);
  const form = await request.formData();
  checkCsrf(form, session, lang);
  const t = translator(lang);
  const intent = String(form.get("intent") ?? "save");
  const db = adminDb();
  const spec = KINDS[kind];
  const before = existing?.data ?? (creating ? undefined : readEntry(contentDir(), kind, id)?.entry);
  const fields = fieldsOf(spec.form);
  // A new id renames an entry with an address of its own (publishing redirects the old address); other
  // entries keep theirs once they exist.
  const typed = String(form.get(spec.key) ?? "").trim();
  const key = creating || spec.address || !existing?.base ? typed || id : id;
  const data = { ...readForm(fields, form, before), [spec.key]: key };
  const file = creating ? String(form.get("file") ?? "") || null : (existing?.file ?? null);
  const search = String(form.get("quote-search") ?? "").trim();
  if (intent === "find") return { data, found: findSentences(getContent(), search), search };
  context.formError = true;
  const parsed = spec.schema.safeParse(data);
  const errors: SaveErrors = { fields: parsed.success ? {} : fieldErrors(parsed.error.issues), content: [] };
  if (creating && readEntry(contentDir(), kind, key)) errors.fields[spec.key] = t("admin.edit.keyTaken");
  if (creating && filesFor(contentDir(), kind).length && !file) errors.fields.file = t("admin.edit.fileRequired");
  const base = creating ? null : (existing ? existing.base : (before ?? null));
  if (parsed.success && !Object.keys(errors.fields).length) errors.content = contentMessages(checkDraft({ kind, entryId: creating ? key : id, base, file, data }));
  const draft = existing ?? (creating ? startNewDraft(db, kind, data, file, session.user.id, getContent().version) : openDraft(db, kind, id, session.user.id, getContent().version)!);
  const newer = publishedSince(draft);
  const merged = form.get("merged") === "on";
  // Quotes unticked before this save stay on offer, so taking one away by mistake is undone with a tick.
  const offered = ((before?.quotes as QuoteChoice[] | undefined) ?? []).map((q) => ({ ...q, where: `${q.document} · ${q.unit}` }));
  if (newer && !merged) return { data, errors, conflict: true, found: offered };
  const clean = !Object.keys(errors.fields).length && !errors.content.length;
  // Nothing typed is lost: a draft with problems is kept, but only a clean one goes to review.
  saveDraft(db, draft, data, session.user.id, { rebase: Boolean(newer && merged), submit: clean && intent === "submit" });
  const here = localePath(lang, `/admin/${kind}/${encodeURIComponent(draft.entryId)}`);
  // A new entry's draft now exists: the form is sent to its own address from here on, never made twice.
  if (!clean) return { data, errors, found: offered, ...(creating ? { action: here } : {}) };
  context.formError = false;
  if (intent === "submit") throw redirect(localePath(lang, `/admin/drafts/${draft.id}?submitted`), { headers: ADMIN_HEADERS });
  throw redirect(`${here}?saved`, { headers: ADMIN_HEADERS });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [];
  const t = translator(data.lang);
  const title = data.creating ? t("admin.edit.newTitle", { kind: t(`admin.kinds.${data.kind}`) }) : t("admin.edit.title", { title: titleOf(data.data) });
  return [...pageTitle(data.lang, title), { name: "robots", content: "noindex, nofollow" }];
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
      <h1>{loaded.creating ? t("admin.edit.newTitle", { kind: t(`admin.kinds.${kind}`) }) : t("admin.edit.title", { title: titleOf(data) })}</h1>
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
      <form method="post" noValidate action={sent && "action" in sent ? sent.action : undefined}>
        <input type="hidden" name="csrf" value={csrf} />
        {loaded.files.length && !(sent && "action" in sent) ? <FileChoice files={loaded.files} error={errors?.fields.file} /> : null}
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

/** Where a new entry goes, for a kind kept in several files (a question's topic). */
function FileChoice({ files, error }: { files: string[]; error?: string }) {
  const { t } = useTranslation();
  return (
    <div className={`form-group${error ? " form-group--error" : ""}`}>
      <label htmlFor="field-file" className="field__label">
        {t("admin.edit.file")}
      </label>
      {error ? (
        <p id="field-file-error" className="error-message">
          {error}
        </p>
      ) : null}
      <select id="field-file" name="file" className="field__select" aria-describedby={error ? "field-file-error" : undefined}>
        <option value="" />
        {files.map((f) => (
          <option key={f} value={f}>
            {f}
          </option>
        ))}
      </select>
    </div>
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
