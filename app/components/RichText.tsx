import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import type { Lang } from "~/i18n";
import { localePath } from "~/lib/lang";
import { parseRichText, type Inline } from "~/model/rich-text";

function Inlines({ inlines, lang }: { inlines: Inline[]; lang: Lang }) {
  return (
    <>
      {inlines.map((inline, i) => {
        if (inline.type === "text") return inline.text;
        if (inline.type === "image") return <img key={i} src={inline.src} alt={inline.alt} className="rich-text__image" />;
        return inline.href.startsWith("/") ? (
          <Link key={i} to={localePath(lang, inline.href)}>
            {inline.text}
          </Link>
        ) : (
          <a key={i} href={inline.href}>
            {inline.text}
          </a>
        );
      })}
    </>
  );
}

/** An editor's `details` text (content/…: the Markdown subset of rich-text.ts); "## " becomes <h3>. */
export function RichText({ text, lang }: { text: string; lang: Lang }) {
  return (
    <div className="rich-text">
      {parseRichText(text).map((block, i): ReactNode => {
        if (block.type === "heading") {
          const Heading = `h${Math.min(block.depth + 1, 6)}` as "h3";
          return (
            <Heading key={i}>
              <Inlines inlines={block.inlines} lang={lang} />
            </Heading>
          );
        }
        if (block.type === "list") {
          return (
            <ul key={i} className="list">
              {block.items.map((item, j) => (
                <li key={j}>
                  <Inlines inlines={item} lang={lang} />
                </li>
              ))}
            </ul>
          );
        }
        return (
          <p key={i}>
            <Inlines inlines={block.inlines} lang={lang} />
          </p>
        );
      })}
    </div>
  );
}
