// Questions about a document itself: its number, the day it was issued, who issued it, what kind of plan it
// is. The registry (content/documents/<id>/document.yaml) records these; the answer quotes the document's own
// text where it prints them, so a search for the words of the question ("哪天发的", "哪两个单位") is never
// needed, and never lands on a neighbouring sentence that shares those words.
import type { Lang } from "~/i18n";
import { translator } from "~/lib/translate";
import { unitDocument } from "~/model/documents";
import { getContent } from "~/model/load.server";
import type { CitableUnit, SiteDocument } from "~/model/plan";
import { quoted, type AskContext, type Citation } from "./context";
import { documentWords } from "./document-frame.server";
import { unitSentences } from "./picks.server";
import { unitCitation } from "./sources.server";

type Attribute = "number" | "issued" | "issuers" | "kind";

// The question is about the document, not about something the document says: "这个规划…", "残联那个五年规划…",
// "十四五规划是…",
// "the plan was issued…". "规划里…" asks what it says, and never matches here.
const ABOUT_IT = /(这个|这份|该|本|那个|那份)[^，,。？?\s里中]{0,6}(规划|文件|通知)(?!里|中|上)|(残疾人(事业)?(发展)?(“?十四五”?)?|十四五)(规划|文件|通知)(?!里|中|上)|^(规划|文件|通知)(?!里|中|上)|\b(the|this|its|hangzhou'?s?)\b[^?.]{0,50}\b(plan|document)\b/i;

// …or about a document it cites ("通知开头引用了一个市政府办公厅转发的文件，那个文件的文号是啥").
const UNDER_ANOTHER = /(根据|按照|依据|按|依照|遵照)[^？?。]{0,12}(哪个|什么|哪份|哪一个)?(文件|通知|规定|目录)|哪个文件|上位|(引用|援引|转发|提到|提及)(了|的)?[^？?。，,]{0,16}(文件|通知)|based on|under which|according to which|(cites?|cited|quotes?|quoted|forwards?|forwarded|refers? to|mentions?)[^?.]{0,40}(document|notice|circular)/i;

const ASKS: [Attribute, RegExp][] = [
  ["number", /文号|发文字号|文件号|字号|编号是|document number|reference number/i],
  ["issued", /(哪天|哪一天|哪日|什么时候|何时|哪年哪月|几月几号|什么日期|日期|时间)[^？?。]{0,8}(发|印发|发布|下发|出台|公布)|(发|印发|发布|下发|出台|公布)(的)?(日期|时间|于哪天)|(when|what (year|date|day|month)|which (year|date|day|month)|on what (date|day))\b.{0,100}\b(issued|published|released|sent out|put out|came out|come out|announced|handed down)\b|(issue|publication|release) date/i],
  ["issuers", /(谁|哪(两|几|一)?个(单位|部门|机关|机构)|什么(单位|部门|机关|机构)|哪些(单位|部门|机关|机构))[^？?。]{0,8}(发|印发|发布|下发|出台|制定|编制|联合|署名|签发)|(发文|印发|发布|制定|编制|署名)(的)?(单位|部门|机关|机构)|(单独|一起|联合|共同)(发|印发|发布|下发|署名|签发)|跟(谁|哪个|别的)[^？?。]{0,6}(发|印发)|who (issued|published|wrote|drew up)|which (bodies|organi[sz]ations|departments|agencies) (issued|published)|by (which|what) (bodies|organi[sz]ations|departments|agencies|authorities)|by whom/i],
  ["kind", /(哪一?类|什么类型|哪种|什么性质|属于什么|算什么|算哪)[^？?。]{0,4}(规划|文件)?|总体规划还是|专项规划还是|是不是专项规划|what (kind|type) of (plan|document)/i],
];

/** Where the document prints each attribute: the value the registry records, as printed. */
function printed(document: SiteDocument, attribute: Attribute): string[] {
  if (attribute === "number") return document.document_number ? [document.document_number] : [];
  if (attribute === "issuers") return document.issuers;
  if (attribute === "issued") {
    const [y, m, d] = document.issued.split("-").map(Number);
    return [`${y}年${m}月${d}日`];
  }
  return [];
}

/** The first sentence of the document's units that prints a value, with its unit. */
function sentenceWith(document: SiteDocument, matches: (sentence: string) => boolean): { unit: CitableUnit; sentence: string } | undefined {
  for (const unit of getContent().units.values()) {
    if (unitDocument(getContent(), unit).id !== document.id) continue;
    const sentence = unitSentences(unit).find(matches);
    if (sentence) return { unit, sentence };
  }
  return undefined;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** What the document calls itself ("一般专项规划"), read from its own text. */
const KIND_PRINTED = /(一般|重点)?专项规划|总体规划|区域规划/;

function evidence(document: SiteDocument, attribute: Attribute): { value: string; citation: Citation }[] {
  if (attribute === "kind") {
    const found = sentenceWith(document, (s) => KIND_PRINTED.test(s) && s.includes(document.title));
    return found ? [{ value: found.sentence.match(KIND_PRINTED)![0], citation: unitCitation(found.unit.id, found.sentence) }] : [];
  }
  return printed(document, attribute).flatMap((value) => {
    const found = sentenceWith(document, (s) => s.replace(/\s+/g, "").includes(value.replace(/\s+/g, "")));
    return found ? [{ value, citation: unitCitation(found.unit.id, found.sentence) }] : [];
  });
}

/** The document the question is about: the only one published, or the one whose title or number it names. */
function askedDocument(question: string): SiteDocument | undefined {
  const documents = getContent().documents;
  const named = documents.filter((d) => question.includes(d.title) || (d.document_number && question.includes(d.document_number)));
  if (named.length === 1) return named[0];
  return documents.length === 1 ? documents[0] : undefined;
}

/** Answers a question about the document itself from its own printed text; leaves any other question alone. */
export function documentFacts(context: AskContext): void {
  const question = context.question;
  // "按照哪个文件编的？文号多少" asks about the document it was drawn up under, not this one.
  if (!ABOUT_IT.test(question) || UNDER_ANOTHER.test(question)) return;
  const attributes = ASKS.filter(([, asks]) => asks.test(question)).map(([attribute]) => attribute);
  const document = attributes.length ? askedDocument(question) : undefined;
  if (!document) return;
  const answers = attributes.map((attribute) => ({ attribute, found: evidence(document, attribute) }));
  // Each attribute asked must be printed in the document: otherwise the search path answers, or says it is not given.
  if (answers.some((a) => !a.found.length)) return;
  const lang: Lang = context.lang;
  const t = translator(lang);
  const words = documentWords(answers[0].found[0].citation.id, lang);
  const opening = answers.flatMap(({ attribute, found }) => {
    const values = found.map((f) => f.value).join("、");
    // In English a date is said in English; the other values are the document's Chinese words, marked as such.
    if (lang !== "en") return [{ text: t(`assistant.documentFact.${attribute}`, { ...words, value: values }), lang }];
    if (attribute === "issued") {
      const [y, m, d] = document.issued.split("-").map(Number);
      return [{ text: t("assistant.documentFact.issued", { ...words, value: `${d} ${MONTHS[m - 1]} ${y}` }), lang }];
    }
    return [{ text: t(`assistant.documentFact.${attribute}`, words), lang }, { text: values, lang: "zh-CN" as Lang }, { text: t("assistant.documentFact.after"), lang }];
  });
  const citations = answers.flatMap((a) => a.found.map((f) => f.citation)).filter((c, i, all) => all.findIndex((o) => o.id === c.id && o.quote === c.quote) === i);
  context.status = "answered";
  context.parts = [...opening, { text: t("assistant.planSays", words), lang }, ...citations.map((c) => quoted(c.quote))];
  context.citations = citations;
  context.done = true;
}
