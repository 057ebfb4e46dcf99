// The 12345 operator desk: turns search hits (or a task number) into cards an operator can read out and
// send: the plain answer, the exact plan sentences, a reference that can be said on the phone, and a ready
// reply with the page's public address.
import { today } from "~/lib/clock.server";
import { documentNotice, documentOf, findDocument, unitDocument } from "./documents";
import type { Lang } from "~/i18n";
import { getContent } from "./load.server";
import { faqUrl, paragraphNumber, rowSentence, serviceUrl, subsidyUrl, unitUrl, type CitableUnit } from "./plan";

/**
 * What a card can be about: an FAQ entry, a subsidy, a service, or a plan unit (task, paragraph, table
 * row). The same words search uses for its document types, so the route hands a hit's type straight in
 * and the compiler checks there that every search type is one of these. Said here rather than imported
 * from search/: the model does not depend on search.
 */
export type CardKind = "faq" | "subsidy" | "service" | "task" | "plan" | "table";

export interface PlanSentence {
  text: string;
  /** How to say where it is: 《规划》第三部分第12条. */
  reference: string;
  url: string;
  /** The id of the document it is from. */
  document: string;
}

export interface OperatorCard {
  id: string;
  kind: CardKind;
  title: string;
  /** The title's language: plan units have Chinese titles on English pages too. */
  titleLang: Lang;
  url: string;
  /** The plain answer: a FAQ answer or a subsidy's or service's summary; none for a plan unit itself. */
  answer?: string;
  sentences: PlanSentence[];
  reply: string;
}

const PART = /^([一二三四五六七八九十]+)、/;

/** Quotation marks around a passage, with quotes inside it turned to the inner kind (“…‘十四五’…”). */
function quoted(text: string): string {
  return `“${text.replace(/“/g, "‘").replace(/”/g, "’")}”`;
}

/** The chapter as people say it: "第三部分" for "三、主要任务", else its short title ("印发通知"). */
function partName(unit: CitableUnit): string {
  const numeral = PART.exec(unit.chapter.heading)?.[1];
  return numeral ? `第${numeral}部分` : unit.chapter.title;
}

/** A reference that can be read aloud: 《规划》第三部分第12条, 《规划》第一部分（一）…第2段, 《规划》主要指标表 第3行. */
/** Where a unit is, as said aloud: 《规划》第三部分第12条 (the document named by what running text calls it). */
function spokenReference(unit: CitableUnit): string {
  const part = partName(unit);
  const doc = `《${unitDocument(getContent(), unit).called}》`;
  if (unit.task) return `${doc}${part}第${unit.task.number}条`;
  if (unit.table) {
    const n = unit.table.rows.findIndex((r) => r.id === unit.id) + 1;
    return `${doc}${part}${quoted(unit.table.caption)}表第${n}行`;
  }
  return `${doc}${part}${unit.section.heading ?? ""}第${paragraphNumber(unit)}段`;
}

/** "第12条", "12", "第十二条", "任务12" → 12; anything else → undefined. */
export function taskNumberIn(query: string): number | undefined {
  const m = /^\s*(?:第|任务|task\s*)?\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:条)?\s*$/i.exec(query);
  if (!m) return undefined;
  if (/^\d+$/.test(m[1])) return Number(m[1]);
  const digits: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  const [tens, ones] = m[1].includes("十") ? m[1].split("十") : ["", m[1]];
  return (m[1].includes("十") ? (tens ? digits[tens] : 1) * 10 : 0) + (ones ? digits[ones] ?? 0 : 0);
}

function sentence(unit: CitableUnit, text: string): PlanSentence {
  return { text, reference: spokenReference(unit), url: unitUrl(unit), document: unit.chapter.document };
}

function quotes(list: { unit: string; quote: string }[]): PlanSentence[] {
  const { units } = getContent();
  return list.flatMap((q) => {
    const unit = units.get(q.unit);
    return unit ? [sentence(unit, q.quote)] : [];
  });
}

/**
 * The ready reply an operator can send: the answer (or the plan sentence itself), the plan sentence when
 * the answer is not it, the spoken reference, the link and the period caveat — each once.
 */
function reply(lang: Lang, origin: string, card: Omit<OperatorCard, "reply">): string {
  const content = getContent();
  // The document's own measure (a numbered task) is the best source to quote; else the first sentence.
  const first = card.sentences.find((s) => /第\d+条$/.test(s.reference)) ?? card.sentences[0];
  const document = (first && findDocument(content, first.document)) || documentOf(content, card.id)!;
  const { title, called, called_en, period_start: start, period_end: end } = document;
  const reference = first?.reference;
  // The document's status on the day the reply is made: an operator reads it out as it is today.
  const notice = documentNotice(content, document, today());
  const status = notice.status.kind;
  const by = notice.replacedBy;
  const lines =
    lang === "en"
      ? [
          card.answer ?? first?.text ?? card.title,
          card.answer && first ? `The ${called_en} says: ${quoted(first.text)}` : "",
          reference ? `Source: ${reference.replace(`《${called}》`, `“${title}” (${start}–${end}), `)}` : "",
          `Details: ${origin}/en${card.url}`,
          `This is what the ${called_en} for ${start}–${end} says${status === "ended" ? ` (its period ended in ${end})` : by ? ` (it has been replaced by “${by.title_en}”)` : ""}; for the rules in force now, the responsible department's answer prevails.`,
        ]
      : [
          card.answer ?? first?.text ?? card.title,
          card.answer && first ? `${called}原文：${quoted(first.text)}` : "",
          reference ? `依据：${reference.replace(`《${called}》`, `《${title}》（${start}—${end}年）`)}` : "",
          `详情：${origin}${card.url}`,
          `以上是${called}（${start}—${end}年${status === "ended" ? `，${called}期已于 ${end} 年结束` : by ? `，已由《${by.title}》取代` : ""}）中的内容；现行的具体规定，以主管部门的答复为准。`,
        ];
  return lines.filter(Boolean).join("\n");
}

/** The card for one search hit (or task), in the page's language; undefined if the content is gone. */
export function operatorCard(kind: CardKind, id: string, lang: Lang, origin: string): OperatorCard | undefined {
  const content = getContent();
  const en = lang === "en";
  let card: Omit<OperatorCard, "reply"> | undefined;
  if (kind === "faq") {
    const entry = content.faq.find((f) => f.id === id);
    if (entry) card = { id, kind, title: en ? entry.question_en : entry.question, titleLang: lang, url: faqUrl(entry), answer: en ? entry.answer_en : entry.answer, sentences: quotes(entry.quotes) };
  } else if (kind === "subsidy") {
    const entry = content.subsidies.find((s) => s.id === id);
    if (entry) card = { id, kind, title: en ? entry.name_en : entry.name, titleLang: lang, url: subsidyUrl(entry), answer: en ? entry.summary_en : entry.summary, sentences: quotes(entry.quotes) };
  } else if (kind === "service") {
    const entry = content.services.find((s) => s.id === id);
    if (entry) card = { id, kind, title: en ? entry.name_en : entry.name, titleLang: lang, url: serviceUrl(entry), answer: en ? entry.summary_en : entry.summary, sentences: quotes(entry.quotes) };
  } else {
    const unit = content.units.get(id);
    if (unit) {
      const title = unit.task ? `第${unit.task.number}条 ${unit.task.title}` : spokenReference(unit).replace("《规划》", "");
      // A table row is read out as a sentence with its column headers, not as "序号：3；指标：…".
      card = { id, kind, title, titleLang: "zh-CN", url: unitUrl(unit), sentences: [sentence(unit, unit.table ? rowSentence(unit) : unit.text)] };
    }
  }
  return card && { ...card, reply: reply(lang, origin, card) };
}

/** The task with this number, as a card. */
export function taskCard(n: number, lang: Lang, origin: string): OperatorCard | undefined {
  const unit = [...getContent().units.values()].find((u) => u.task?.number === n);
  return unit && operatorCard("task", unit.id, lang, origin);
}
