import { forwardRef } from "react";
import { useTranslation } from "react-i18next";
import type { Lang } from "~/i18n";
import { localePath } from "~/lib/lang";
import { useSiteFacts } from "~/lib/site-facts";

export interface AnswerData {
  question: string;
  status: "answered" | "partial" | "not_covered" | "refused" | "error";
  parts: { text: string; lang: Lang }[];
  citations: { id: string; title: string; url: string; quote: string }[];
}

/**
 * One answer: the question, the answer (each part in its own language), its sources with the quoted
 * sentences, the caution, and the 12345 handoff. Its heading can take focus when a new answer arrives.
 */
export const AnswerView = forwardRef<
  HTMLHeadingElement,
  { lang: Lang; answer: AnswerData; headingId: string; level?: 2 | 3; /** Called when a source link is followed (the dialog closes). */ onFollowSource?: () => void }
>(function AnswerView({ lang, answer, headingId, level = 2, onFollowSource }, ref) {
  const { t } = useTranslation();
  const { hotline } = useSiteFacts();
  const Heading = level === 2 ? "h2" : "h3";
  const Sub = level === 2 ? "h3" : "h4";
  return (
    <article className="answer" aria-labelledby={headingId}>
      <Heading id={headingId} ref={ref} tabIndex={-1} className="answer__question">
        <span className="answer__label">{t("assistant.you")}</span>
        {answer.question}
      </Heading>
      <p className={`answer__status answer__status--${answer.status}`}>{t(`assistant.status.${answer.status}`)}</p>
      <p className="answer__text">
        {answer.parts.map((part, i) => (
          <span key={i} lang={part.lang === lang ? undefined : part.lang}>
            {part.text}
          </span>
        ))}
      </p>
      {answer.citations.length ? (
        <>
          <Sub className="answer__sources-heading">{t("assistant.sources")}</Sub>
          <ol className="answer__sources">
            {answer.citations.map((c) => (
              <li key={c.id + c.quote}>
                <a href={localePath(lang, c.url)} lang={lang === "en" ? "zh-CN" : undefined} onClick={onFollowSource}>
                  {c.title}
                </a>
                <blockquote lang={lang === "en" ? "zh-CN" : undefined}>{c.quote}</blockquote>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <p className="answer__caution">{t("assistant.mayBeWrong")}</p>
      <p className="answer__handoff">
        {t("assistant.handoff", { hotline: hotline.number, outside: hotline.from_outside })}{" "}
        <a href={`tel:${hotline.number}`}>{t("assistant.callHotline", { hotline: hotline.number })}</a>
      </p>
    </article>
  );
});
