import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AdminBar } from "~/components/admin/AdminBar";
import { ErrorSummary } from "~/components/ErrorSummary";
import { DraftDiff } from "~/components/admin/DraftDiff";
import { AnswerView } from "~/components/AnswerView";
import { ADMIN_HEADERS, checkCsrf, may, requireEditor } from "~/admin/auth.server";
import { adminDb } from "~/admin/db.server";
import { draftById, previewContent, publishDraft, publishedSince, review, schedulePublish, type Draft } from "~/admin/drafts.server";
import { keyOf, type EntryKind } from "~/admin/entry-kinds.server";
import { llmSettings } from "~/assistant/compose-llm.server";
import { ask } from "~/assistant/pipeline.server";
import type { Lang } from "~/i18n";
import { localePath } from "~/lib/lang";
import { pageTitle } from "~/lib/page-meta";
import { langFromParam } from "~/lib/route-input.server";
import { translator } from "~/lib/translate";
import { faqUrl, serviceUrl, subsidyUrl } from "~/model/plan";

export const headers = () => ADMIN_HEADERS;

const PAGE: Record<EntryKind, (id: string) => string> = {
  faq: (id) => faqUrl({ id }),
  glossary: (id) => `/glossary#${id}`,
  subsidy: (id) => subsidyUrl({ id }),
  service: (id) => serviceUrl({ id }),
  summary: (chapter) => `/plan/${chapter}`,
  // A redirect's old path shows where it now leads; an old passage id is listed on /changes.
  redirect: (from) => (from.startsWith("/") ? from : "/changes"),
};

function load(params: LoaderFunctionArgs["params"], request: Request) {
  const lang = langFromParam(params.lang);
  const session = requireEditor(request, lang);
  const draft = draftById(adminDb(), Number(params.draft));
  // The author, and those who review or publish, see a draft; nobody else learns it exists.
  if (!draft || (draft.authorId !== session.user.id && !may(session.user.role, "reviewer"))) throw new Response("Not Found", { status: 404, headers: ADMIN_HEADERS });
  return { lang, session, draft };
}

/** "2026-12-02T09:00" as Hangzhou time (UTC+8, no daylight saving), in ms; undefined if it is not one. */
function hangzhouTime(value: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return undefined;
  const at = Date.parse(`${value}:00+08:00`);
  return Number.isNaN(at) ? undefined : at;
}

const HANGZHOU = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });

const rights = (draft: Draft, user: { id: number; role: "editor" | "reviewer" | "publisher" }) => ({
  canReview: draft.status === "in_review" && may(user.role, "reviewer") && draft.authorId !== user.id,
  ownDraft: draft.status === "in_review" && draft.authorId === user.id,
  canPublish: draft.status === "approved" && may(user.role, "publisher"),
  canEdit: draft.authorId === user.id && ["draft", "returned", "in_review"].includes(draft.status),
});

export function loader({ params, request }: LoaderFunctionArgs) {
  const { lang, session, draft } = load(params, request);
  const url = new URL(request.url);
  const page = PAGE[draft.kind](keyOf(draft.kind, draft.data));
  const preview = `/admin/preview/${draft.id}`;
  return {
    lang,
    user: { name: session.user.displayName, role: session.user.role },
    csrf: session.csrfToken,
    draft: { id: draft.id, kind: draft.kind, entryId: draft.entryId, title: draft.title, status: draft.status, author: draft.authorName, comment: draft.reviewComment, base: draft.base ?? {}, data: draft.data },
    conflict: Boolean(publishedSince(draft)),
    scheduled: draft.publishAt ? HANGZHOU.format(new Date(draft.publishAt)) : undefined,
    scheduleError: draft.scheduleError,
    links: { page: localePath(lang, preview + page), search: localePath(lang, `${preview}/search?${new URLSearchParams({ q: draft.title })}`) },
    ...rights(draft, session.user),
    notice: url.searchParams.has("scheduled") ? "admin.publish.scheduledNotice" : url.searchParams.has("submitted") ? "admin.edit.submitted" : url.searchParams.has("approved") ? "admin.review.approved" : url.searchParams.has("returned") ? "admin.review.returned" : url.searchParams.get("published") ? "admin.publish.done" : undefined,
    version: url.searchParams.get("published") ?? undefined,
  };
}

export async function action({ params, request, context }: ActionFunctionArgs) {
  const { lang, session, draft } = load(params, request);
  const t = translator(lang);
  const form = await request.formData();
  checkCsrf(form, session, lang);
  const intent = String(form.get("intent") ?? "");
  const db = adminDb();
  const here = localePath(lang, `/admin/drafts/${draft.id}`);
  if (intent === "ask") {
    // The assistant as it would answer with the draft published: the draft's content and its own search.
    const question = String(form.get("question") ?? "").trim().slice(0, 300);
    if (!question) return { error: t("assistant.empty") };
    const result = await context.preview(previewContent(draft), (search) => ask(question, lang, { search, llm: llmSettings() }));
    return { answer: { question, status: result.status, parts: result.parts.map((p) => ({ text: p.text, lang: p.lang })), citations: result.citations.map(({ id, title, url, quote }) => ({ id, title, url, quote })) } };
  }
  if (intent === "approve" || intent === "return") {
    const outcome = review(db, draft, session.user.id, intent, String(form.get("comment") ?? ""));
    if (!outcome.ok) return { error: t(outcome.reason === "own" ? "admin.review.ownDraft" : outcome.reason === "comment" ? "admin.review.commentRequired" : "admin.forbidden") };
    throw redirect(`${here}?${intent === "approve" ? "approved" : "returned"}`, { headers: ADMIN_HEADERS });
  }
  if (intent === "publish") {
    if (!may(session.user.role, "publisher")) return { error: t("admin.forbidden") };
    const note = String(form.get("note") ?? "").trim();
    const kind = form.get("change") === "major" ? "major" : "minor";
    if (!note) return { error: t("admin.publish.noteRequired") };
    if (form.get("when") === "later") {
      const at = hangzhouTime(String(form.get("publish_at") ?? ""));
      // A time in the current minute counts as now: it is published at the next check.
      if (at === undefined || at < Date.now() - 60_000) return { error: t("admin.publish.timeRequired") };
      if (draft.status !== "approved") return { error: t("admin.forbidden") };
      schedulePublish(db, draft, session.user.id, at, { kind, note });
      throw redirect(`${here}?scheduled`, { headers: ADMIN_HEADERS });
    }
    const outcome = publishDraft(db, draft, session.user.id, { kind, note });
    if (outcome.ok) throw redirect(`${here}?${new URLSearchParams({ published: outcome.record.version })}`, { headers: ADMIN_HEADERS });
    if ("conflict" in outcome) return { error: t("admin.publish.conflict") };
    if ("problems" in outcome) return { error: t("admin.publish.failed"), problems: outcome.problems.map((p) => `${p.file}:${p.line}: ${p.message}`) };
    return { error: t("admin.forbidden") };
  }
  return { error: t("admin.forbidden") };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [...pageTitle(data.lang, translator(data.lang)("admin.review.title", { title: data.draft.title })), { name: "robots", content: "noindex, nofollow" }] : [];

export default function AdminDraft() {
  const data = useLoaderData<typeof loader>();
  const sent = useActionData<typeof action>();
  const { t } = useTranslation();
  const { lang, draft, csrf } = data;
  return (
    <>
      <AdminBar lang={lang} name={data.user.name} role={data.user.role} csrf={csrf} />
      <ErrorSummary errors={sent && "error" in sent && sent.error ? [sent.error, ...("problems" in sent && sent.problems ? sent.problems : [])].map((message) => ({ message })) : []} />
      <h1>{t("admin.review.title", { title: draft.title })}</h1>
      {data.notice ? (
        <p className="notice" role="status">
          {t(data.notice, { version: data.version })}
        </p>
      ) : null}
      <p>
        {t(`admin.kinds.${draft.kind}`)} · <code>{draft.entryId}</code> · {t(`admin.status.${draft.status}`)} · {t("admin.review.author", { name: draft.author })}
      </p>
      {draft.comment ? <p>{t("admin.review.reviewerComment", { comment: draft.comment })}</p> : null}
      {data.scheduled ? <p>{t("admin.publish.scheduledAt", { at: data.scheduled })}</p> : null}
      {data.scheduleError ? <p className="notice">{t("admin.publish.scheduleFailed", { why: data.scheduleError })}</p> : null}
      {data.canEdit ? (
        <p>
          <a href={localePath(lang, `/admin/${draft.kind}/${encodeURIComponent(draft.entryId)}`)}>{t("admin.edit.title", { title: draft.title })}</a>
        </p>
      ) : null}
      <h2>{t("admin.review.changes")}</h2>
      <DraftDiff lang={lang} before={draft.base} after={draft.data} />
      <h2>{t("admin.review.preview")}</h2>
      <ul className="list">
        <li>
          <a href={data.links.page}>{t("admin.review.previewPage")}</a>
        </li>
        <li>
          <a href={data.links.search}>{t("admin.review.previewSearch")}</a>
        </li>
      </ul>
      <PreviewAsk csrf={csrf} lang={lang} answer={sent && "answer" in sent ? sent.answer : undefined} />
      {data.ownDraft ? <p>{t("admin.review.ownDraft")}</p> : null}
      {data.canReview ? (
        <form method="post">
          <input type="hidden" name="csrf" value={csrf} />
          <h2>{t("admin.review.approve")}</h2>
          <div className="form-group">
            <label htmlFor="comment" className="field__label">
              {t("admin.review.comment")}
            </label>
            <textarea id="comment" name="comment" rows={3} className="field__textarea" />
          </div>
          <div className="button-row">
            <button type="submit" name="intent" value="approve" className="button">
              {t("admin.review.approve")}
            </button>
            <button type="submit" name="intent" value="return" className="button button--secondary">
              {t("admin.review.sendBack")}
            </button>
          </div>
        </form>
      ) : null}
      {data.canPublish ? <PublishForm csrf={csrf} conflict={data.conflict} /> : null}
    </>
  );
}

function PreviewAsk({ csrf, lang, answer }: { csrf: string; lang: Lang; answer?: { question: string; status: "answered" | "partial" | "not_covered" | "refused" | "error"; parts: { text: string; lang: Lang }[]; citations: { id: string; title: string; url: string; quote: string }[] } }) {
  const { t } = useTranslation();
  return (
    <>
      <form method="post">
        <input type="hidden" name="csrf" value={csrf} />
        <div className="form-group">
          <label htmlFor="preview-question" className="field__label">
            {t("admin.review.previewAsk")}
          </label>
          <input id="preview-question" name="question" type="text" className="field__input" />
        </div>
        <button type="submit" name="intent" value="ask" className="button button--secondary">
          {t("assistant.submit")}
        </button>
      </form>
      {answer ? <AnswerView lang={lang} answer={answer} headingId="preview-answer" level={3} /> : null}
    </>
  );
}

/** A fieldset of radios, the first chosen; `children` follow the choices inside the fieldset. */
function Radios({ name, legend, options, children }: { name: string; legend: string; options: { value: string; label: string }[]; children?: React.ReactNode }) {
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{legend}</legend>
      <div className="radios">
        {options.map((o, i) => (
          <div className="radio" key={o.value}>
            <input type="radio" id={`${name}-${o.value}`} name={name} value={o.value} defaultChecked={i === 0} />
            <label htmlFor={`${name}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </div>
      {children}
    </fieldset>
  );
}

function PublishForm({ csrf, conflict }: { csrf: string; conflict: boolean }) {
  const { t } = useTranslation();
  return (
    <form method="post">
      <input type="hidden" name="csrf" value={csrf} />
      <h2>{t("admin.publish.title")}</h2>
      {conflict ? <p className="notice">{t("admin.publish.conflict")}</p> : null}
      <Radios name="change" legend={t("admin.publish.changeKind")} options={[{ value: "minor", label: t("admin.publish.minor") }, { value: "major", label: t("admin.publish.major") }]} />
      <div className="form-group">
        <label htmlFor="note" className="field__label">
          {t("admin.publish.note")}
        </label>
        <input id="note" name="note" type="text" className="field__input" />
      </div>
      <Radios name="when" legend={t("admin.publish.when")} options={[{ value: "now", label: t("admin.publish.now") }, { value: "later", label: t("admin.publish.later") }]}>
        <div className="form-group">
          <label htmlFor="publish-at" className="field__label">
            {t("admin.publish.at")}
          </label>
          <p id="publish-at-hint" className="hint">
            {t("admin.publish.atHint")}
          </p>
          <input id="publish-at" name="publish_at" type="datetime-local" className="field__input" aria-describedby="publish-at-hint" />
        </div>
      </Radios>
      <button type="submit" name="intent" value="publish" className="button">
        {t("admin.publish.submit")}
      </button>
    </form>
  );
}
