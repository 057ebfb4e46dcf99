import { Fragment } from "react";
import { useTranslation } from "react-i18next";

/** Marks a passage of Chinese inside an English page so screen readers switch voice (WCAG 3.1.2). */
function Zh({ children, as: Tag = "span" }: { children?: React.ReactNode; as?: "span" | "div" | "p" }) {
  return <Tag lang="zh-CN">{children}</Tag>;
}

/**
 * A translated string whose <zh>…</zh> parts are Chinese (a document number in an English sentence).
 * Does what react-i18next's <Trans> would for this one tag, without its 3.5 KB parser in every page.
 */
export function WithZh({ text }: { text: string }) {
  return (
    <>
      {text.split(/<zh>(.*?)<\/zh>/).map((part, i) => (i % 2 === 1 ? <Zh key={i}>{part}</Zh> : <Fragment key={i}>{part}</Fragment>))}
    </>
  );
}

// A run of Chinese: Han characters and full-width punctuation, with any digits, spaces and dots between them.
const CHINESE_RUN = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]+(?:[\s\d.%]*[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]+)*/g;

/**
 * Text that may mix Chinese into another language (an English answer naming 亿元, a Chinese search on an
 * English page): each Chinese run gets lang="zh-CN", so a screen reader reads it with a Chinese voice.
 */
function Mixed({ text }: { text: string }) {
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(CHINESE_RUN)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(<Zh key={match.index}>{match[0]}</Zh>);
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}

/** Text in the page's language that may quote Chinese: on an English page its Chinese runs are marked. */
export function PageText({ text }: { text: string }) {
  const { i18n } = useTranslation();
  return i18n.language === "en" ? <Mixed text={text} /> : <>{text}</>;
}
