import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, redirect, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AnswerView } from "~/components/AnswerView";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { ErrorSummary } from "~/components/ErrorSummary";
import { QuestionField } from "~/components/QuestionField";
import { llmSettings } from "~/assistant/compose-llm.server";
import { ask } from "~/assistant/pipeline.server";
import { MAX_QUESTION_LENGTH, parseQuestion } from "~/lib/ask-input.server";
import { clearConversation, readConversation, saveConversation } from "~/lib/conversation.server";
import { localePath } from "~/lib/lang";
import { pageTitle } from "~/lib/page-meta";
import { useSiteFacts } from "~/lib/site-facts";
import { translator } from "~/lib/translate";
import { langFromParam } from "~/lib/route-input.server";
import { OfficialTextNote } from "~/components/OfficialTextNote";

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const lang = langFromParam(params.lang);
  return { lang, turns: await readConversation(request), formError: Boolean(context.formError) };
}

export async function action({ params, request, context }: ActionFunctionArgs) {
  const lang = langFromParam(params.lang);
  const form = await request.formData();
  if (form.get("intent") === "clear") {
    return redirect(localePath(lang, "/ask"), { headers: { "Set-Cookie": await clearConversation() } });
  }
  const raw = form.get("question");
  const t = translator(lang);
  if (context.rateLimitedSeconds) {
    return Response.json(
      { error: t("assistant.rateLimited", { seconds: context.rateLimitedSeconds, hotline: "12345" }), value: String(raw ?? "") },
      { status: 429, headers: { "Retry-After": String(context.rateLimitedSeconds) } },
    );
  }
  const input = parseQuestion({ question: typeof raw === "string" ? raw : undefined });
  if (!input.ok) {
    context.formError = true;
    const message = input.error === "question_too_long" ? t("assistant.tooLong", { max: MAX_QUESTION_LENGTH }) : t("assistant.empty");
    return Response.json({ error: message, value: String(raw ?? "") }, { status: 400 });
  }
  const turns = await readConversation(request);
  // A follow-up is read with the question before it; a question kept only as "……" (it held personal data) is not one.
  const before = turns.at(-1)?.q;
  const result = await ask(input.question, lang, { search: context.search, llm: llmSettings() }, before && before !== "……" ? before : undefined);
  // Personal data never reaches the cookie either: the turn keeps a placeholder instead of the question.
  const question = result.status === "refused" && result.answer === t("assistant.reply.personal_data", { hotline: result.handoff.phone }) ? "……" : input.question;
  turns.push({
    q: question,
    s: result.status,
    p: result.parts.map((p) => ({ t: p.text, l: p.lang })),
    c: result.citations.map(({ id, title, url, quote }) => ({ id, title, url, quote })),
  });
  // Post/redirect/get: the question never appears in a URL.
  return redirect(localePath(lang, "/ask") + "#latest-answer", { headers: { "Set-Cookie": await saveConversation(turns) } });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageTitle(data.lang, translator(data.lang)("assistant.title"), { formError: data.formError }) : []);

export default function AskPage() {
  const { lang, turns } = useLoaderData<typeof loader>();
  const failed = useActionData<{ error: string; value: string }>();
  const { t } = useTranslation();
  const { hotline } = useSiteFacts();
  const [latest, ...earlier] = [...turns].reverse();
  const toAnswer = (turn: (typeof turns)[number]) => ({
    question: turn.q,
    status: turn.s,
    parts: turn.p.map((p) => ({ text: p.t, lang: p.l })),
    citations: turn.c,
  });
  return (
    <>
      <Breadcrumbs trail={[{ label: t("nav.home"), to: localePath(lang, "/") }]} current={t("assistant.title")} />
      <h1>{t("assistant.title")}</h1>
      <p className="lead">{t("assistant.lead")}</p>
      <OfficialTextNote />
      <ErrorSummary errors={failed ? [{ field: "question", message: failed.error }] : []} />
      <Form method="post" className={`ask-form form-group${failed ? " form-group--error" : ""}`}>
        <QuestionField id="question" name="question" error={failed?.error} defaultValue={failed?.value ?? ""} />
        <button type="submit" className="button">
          {t("assistant.submit")}
        </button>
      </Form>
      {latest ? (
        <div id="latest-answer">
          <AnswerView lang={lang} answer={toAnswer(latest)} headingId="answer-latest" />
        </div>
      ) : null}
      {earlier.length ? (
        <section aria-labelledby="earlier-heading" className="earlier">
          <h2 id="earlier-heading">{t("assistant.previous")}</h2>
          {earlier.map((turn, i) => (
            <AnswerView key={i} lang={lang} answer={toAnswer(turn)} headingId={`answer-${i}`} level={3} />
          ))}
        </section>
      ) : null}
      {turns.length ? (
        <Form method="post">
          <input type="hidden" name="intent" value="clear" />
          <button type="submit" className="button button--secondary">
            {t("assistant.clear")}
          </button>
        </Form>
      ) : (
        <p>{t("assistant.handoff", { hotline: hotline.number, outside: hotline.from_outside })}</p>
      )}
    </>
  );
}
