// Turns search hits into the plan units behind them, with the sentences that answer best.
import { unitName } from "~/model/derived-pages.server";
import { getContent } from "~/model/load.server";
import { rowSentence, unitUrl } from "~/model/plan";
import type { SearchHit } from "../../search/types";
import type { Citation } from "./context";
import { bestSpans, scoreSentence } from "./sentences";

export interface Source {
  hit: SearchHit;
  /** Plain-language lead in each language, for FAQ entries, subsidies and services. */
  lead?: { zh: string; en: string };
  citations: Citation[];
  /** The entry's other quoted units, for a figure the chosen quotes lack. */
  more: Citation[];
  score: number;
}

/** A citation of one span (or spoken row) of a plan unit. */
export function unitCitation(unitId: string, quote: string): Citation {
  const unit = getContent().units.get(unitId)!;
  return { id: unit.id, title: unitName(unit), url: unitUrl(unit), quote, text: unit.text };
}

/** Quotes of a derived entry, the ones sharing most with the question first. */
function quotedCitations(quotes: { unit: string; quote: string }[], terms: string[], question: string, max: number): Citation[] {
  return quotes
    .map((q, i) => ({ q, i, score: scoreSentence(q.quote, terms, question) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, max)
    .map(({ q }) => unitCitation(q.unit, q.quote));
}

export function sourceFor(hit: SearchHit, terms: string[], question: string): Source | undefined {
  const content = getContent();
  if (hit.type === "faq") {
    const entry = content.faq.find((f) => f.id === hit.id);
    if (!entry) return undefined;
    const all = quotedCitations(entry.quotes, terms, question, entry.quotes.length);
    return { hit, lead: { zh: entry.answer, en: entry.answer_en }, citations: all.slice(0, 3), more: all.slice(3), score: hit.score };
  }
  if (hit.type === "subsidy" || hit.type === "service") {
    const entry = hit.type === "subsidy" ? content.subsidies.find((s) => s.id === hit.id) : content.services.find((s) => s.id === hit.id);
    if (!entry) return undefined;
    const all = quotedCitations(entry.quotes, terms, question, entry.quotes.length);
    // A summary is written under its entry's name ("这是给困难残疾人的生活补贴"); in a reply it stands alone,
    // so the name it points back to is said first.
    // A name with quotation marks of its own ("“三层四级”康复服务网络") is not put in a second pair.
    const name = entry.name.includes("“") ? entry.name : `“${entry.name}”`;
    const zh = /^这是/.test(entry.summary) ? `关于${name}：${entry.summary}` : entry.summary;
    return { hit, lead: { zh, en: entry.summary_en }, citations: all.slice(0, 2), more: all.slice(2), score: hit.score };
  }
  const unit = content.units.get(hit.id);
  if (!unit) return undefined;
  // A table row is read with its column headers; a paragraph or task gives its best spans, one quote each.
  const spans = unit.kind === "row" ? [{ quote: rowSentence(unit), score: 1 }] : bestSpans(unit.text, terms, question, 2);
  if (!spans.length) return undefined;
  return { hit, citations: spans.map((s) => unitCitation(unit.id, s.quote)), more: [], score: hit.score };
}
