import { Fragment } from "react";

/** Marks a passage of Chinese inside an English page so screen readers switch voice (WCAG 3.1.2). */
export function Zh({ children, as: Tag = "span" }: { children?: React.ReactNode; as?: "span" | "div" | "p" }) {
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
