import * as Dialog from "@radix-ui/react-dialog";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Lang } from "~/i18n";
import { localePath } from "~/lib/lang";
import { AnswerView, type AnswerData } from "./AnswerView";
import { QuestionField } from "./QuestionField";

interface ApiAnswer {
  status: AnswerData["status"];
  answer: string;
  citations: AnswerData["citations"];
}

/**
 * The ask dialog (labelled, focus trapped, Esc closes, focus returns to its button). It asks /api/ask and
 * shows each whole answer when it is ready, moving focus to it. Loaded only when first opened, and run
 * outside Remix (app/enhance/ask-dialog.tsx), so its links are plain links that load the page.
 */
export default function AskDialogPanel({ lang, initiallyOpen }: { lang: Lang; initiallyOpen: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(initiallyOpen);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string>();
  const [answers, setAnswers] = useState<AnswerData[]>([]);
  const latest = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  // Set when a source link is followed: the cited page loads and its script focuses the passage; focus is
  // not sent back to 问一问 meanwhile.
  const followingSource = useRef(false);

  useEffect(() => {
    if (answers.length) latest.current?.focus();
  }, [answers]);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The button stays focusable while an answer is on its way (aria-disabled): a second press waits.
    if (working) return;
    const question = input.current?.value.trim() ?? "";
    if (!question) {
      setError(t("assistant.empty"));
      input.current?.focus();
      return;
    }
    setError(undefined);
    setWorking(true);
    try {
      // The question asked just before goes with it, from this page's memory only, so a follow-up
      // ("那生活补贴呢？") is read with it; the server keeps neither.
      const previous = answers[0]?.question;
      const res = await fetch("/api/ask", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(previous ? { question, lang, previous } : { question, lang }) });
      if (res.status === 429) {
        setError(t("assistant.rateLimited", { seconds: res.headers.get("Retry-After") ?? "60", hotline: "12345" }));
        return;
      }
      if (!res.ok) {
        setError(res.status === 400 ? t("assistant.tooLong", { max: 300 }) : t("assistant.reply.error", { hotline: "12345" }));
        return;
      }
      const body = (await res.json()) as ApiAnswer;
      setAnswers((previous) => [{ question, status: body.status, parts: [{ text: body.answer, lang }], citations: body.citations }, ...previous]);
      if (input.current) input.current.value = "";
    } catch {
      setError(t("assistant.reply.error", { hotline: "12345" }));
    } finally {
      setWorking(false);
    }
  }

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <button type="button" className="ask-trigger">
          {t("assistant.open")}
        </button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog__overlay" />
        <Dialog.Content
          className="dialog"
          aria-describedby="ask-dialog-lead"
          lang={lang}
          // Opening the dialog means "I want to ask": start in the question field, not on 关闭.
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            input.current?.focus();
          }}
          onCloseAutoFocus={(event) => {
            if (!followingSource.current) return;
            followingSource.current = false;
            event.preventDefault();
          }}
        >
          <div className="dialog__header">
            <Dialog.Title className="dialog__title">{t("assistant.dialogTitle")}</Dialog.Title>
            <Dialog.Close asChild>
              <button type="button" className="button button--secondary dialog__close">
                {t("assistant.close")}
              </button>
            </Dialog.Close>
          </div>
          <p id="ask-dialog-lead">{t("assistant.lead")}</p>
          <form onSubmit={submit} noValidate className={error ? "form-group form-group--error" : "form-group"}>
            {/* The dialog has no error summary, so its inline error announces itself. */}
            <QuestionField id="ask-dialog-question" ref={input} error={error} announceError />
            <button type="submit" className="button" aria-disabled={working || undefined}>
              {t("assistant.submit")}
            </button>
          </form>
          <p role="status" className="dialog__status">
            {working ? t("assistant.working") : ""}
          </p>
          {answers.map((answer, i) => (
            <AnswerView
              key={answers.length - i}
              lang={lang}
              answer={answer}
              headingId={`dialog-answer-${answers.length - i}`}
              level={3}
              ref={i === 0 ? latest : undefined}
              onFollowSource={() => {
                followingSource.current = true;
                setOpen(false);
              }}
            />
          ))}
          <p>
            <a href={localePath(lang, "/ask")}>{t("assistant.fullPage")}</a>
          </p>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
