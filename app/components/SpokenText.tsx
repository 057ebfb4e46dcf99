import { Link, useLocation } from "@remix-run/react";
import { Fragment, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { langFromPathname, localePath } from "~/lib/lang";
import type { TermMark } from "~/model/term-marks";
import { PageText } from "./Zh";

// ≥ and ≤ anywhere, and a single dash between two numbers (a range such as 0—6), are read badly by
// screen readers; they are shown as printed and read as words (不低于 / 不高于 / 至).
const SYMBOL = /(≥|≤|(?<=\d)[—–](?=\d))/;

function Symbol({ symbol }: { symbol: string }) {
  const { t, i18n } = useTranslation();
  const key = symbol === "–" ? "—" : symbol;
  return (
    <>
      <span aria-hidden="true">{symbol}</span>
      <span className="visually-hidden" lang={i18n.language}>
        {t(`symbols.${key}`)}
      </span>
    </>
  );
}

function withSymbols(text: string, keyPrefix: string) {
  return text.split(SYMBOL).map((part, i) =>
    i % 2 === 1 ? <Symbol key={`${keyPrefix}-${i}`} symbol={part} /> : <PageText key={`${keyPrefix}-${i}`} text={part} />,
  );
}

interface Segment {
  text: string;
  bold: boolean;
  term?: string;
}

/** Cuts the text at every ** and at the edges of each term mark. */
function segments(text: string, terms: TermMark[]): Segment[] {
  const out: Segment[] = [];
  let bold = false;
  let i = 0;
  const cuts = new Set<number>([0, text.length, ...terms.flatMap((m) => [m.start, m.end])]);
  let buffer = "";
  let bufferStart = 0;
  const termAt = (at: number) => terms.find((m) => m.start <= at && at < m.end)?.id;
  const flush = () => {
    if (buffer) out.push({ text: buffer, bold, term: termAt(bufferStart) });
    buffer = "";
  };
  while (i < text.length) {
    if (text.startsWith("**", i)) {
      flush();
      bold = !bold;
      i += 2;
      bufferStart = i;
      continue;
    }
    if (cuts.has(i) && buffer) {
      flush();
      bufferStart = i;
    }
    if (!buffer) bufferStart = i;
    buffer += text[i];
    i++;
  }
  flush();
  return out;
}

function TermLink({ id, children }: { id: string; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const lang = langFromPathname(useLocation().pathname);
  return (
    <Link className="term-link" to={`${localePath(lang, "/glossary")}#${id}`}>
      {children}
      <span className="visually-hidden" lang={i18n.language}>
        {t("glossary.linkHint")}
      </span>
    </Link>
  );
}

/**
 * Plan text as printed: **emphasis** becomes <strong>, symbols get a spoken reading, and the first use of
 * a glossary term on the page (marked by the loader) links to its explanation.
 */
export function SpokenText({ text, terms = [] }: { text: string; terms?: TermMark[] }) {
  return (
    <>
      {segments(text, terms).map((segment, i) => {
        let node: ReactNode = withSymbols(segment.text, String(i));
        if (segment.bold) node = <strong>{node}</strong>;
        if (segment.term) node = <TermLink id={segment.term}>{node}</TermLink>;
        return <Fragment key={i}>{node}</Fragment>;
      })}
    </>
  );
}
