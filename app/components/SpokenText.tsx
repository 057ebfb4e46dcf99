import { Fragment } from "react";
import { useTranslation } from "react-i18next";

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
    i % 2 === 1 ? <Symbol key={`${keyPrefix}-${i}`} symbol={part} /> : <Fragment key={`${keyPrefix}-${i}`}>{part}</Fragment>,
  );
}

/** Plan text as printed: **emphasis** becomes <strong>, symbols get a spoken reading. */
export function SpokenText({ text }: { text: string }) {
  return (
    <>
      {text.split("**").map((part, i) =>
        i % 2 === 1 ? <strong key={i}>{withSymbols(part, String(i))}</strong> : <Fragment key={i}>{withSymbols(part, String(i))}</Fragment>,
      )}
    </>
  );
}
