// Questions about how a part of a document is made up: "基本原则有哪几条", "主要指标一共有多少项". The answer
// is the part's own structure: its numbered items, each by the short title the document gives it, or the
// rows of its table. A search for the question's words would find one item, never the list.
import type { Lang } from "~/i18n";
import { translator } from "~/lib/translate";
import { rowName, TASK_HEAD, type CitableUnit } from "~/model/plan";
import { asHeard } from "../../search/query.server";
import type { SearchService } from "../../search/service.server";
import type { AskContext, Citation } from "./context";
import { documentWords } from "./document-frame.server";
import { namedPart } from "./named-part.server";
import { unitCitation } from "./sources.server";

/** Asks what a part is made of, or how many items it has. */
const ASKS_LIST = /哪(几|些)(条|项|个|方面|点|部分)?|有几(条|项|个|方面|点)|几(条|项|个方面)|(一共|总共|共)(有)?(多少|几)|分别是|都是什么|都有什么|列(一下|出)|how many|what are the|list the/i;

/** The words around a part's name that only frame the question; anything else qualifies which items are meant. */
const FILLERS = /规划|文件|这个|这份|该|本|杭州市?|简单|讲讲|说说|介绍|一下|就行|就好|告诉我?|帮我|麻烦|谢谢|想|知道|问问?|一(条|项|个|点)一\1|(说|讲|念)给我听|给我|残疾人|事业|发展|十四五|十三五|制定|提出|确定|包[括含]|给出|规定|明确|列出|(小)?标题|名称|题目|[“”‘’"'的里中有是啥么什一共总分别各每请问吗呢啊都具体内容项条个些几多少哪和及与叫称名字说讲提定写列了]|[\p{P}\s]/gu;
const ASKS_LIST_ALL = new RegExp(ASKS_LIST.source, "gi");

/** The items of a part: its numbered units by their titles, or its table rows by their names. */
function itemsOf(units: CitableUnit[]): { title: string; citation: Citation }[] | undefined {
  if (units.length >= 2 && units.every((u) => u.kind === "row")) return units.map((u) => ({ title: rowName(u), citation: unitCitation(u.id, rowName(u)) }));
  const heads = units.map((u) => ({ unit: u, head: u.text.match(TASK_HEAD) }));
  if (heads.length < 2 || heads.some((h) => !h.head || [...h.head[2]].length > TITLE_MAX)) return undefined;
  return heads.map(({ unit, head }) => ({ title: head![2], citation: unitCitation(unit.id, head![0]) }));
}

/** An item title longer than this is a sentence, not a title. */
const TITLE_MAX = 24;

export function sectionLists(context: AskContext, search: SearchService): void {
  if (!ASKS_LIST.test(context.question)) return;
  // A mistyped word ("这个规化…") would be left over as a qualifier: the list is asked of the question as heard.
  const question = asHeard(context.question, search.understand(context.question));
  const part = namedPart(question);
  // "区县级的有哪几个" asks for some of the items: the search path finds those.
  if (!part || question.replace(part.name, "").replace(ASKS_LIST_ALL, "").replace(FILLERS, "")) return;
  const items = itemsOf(part.units);
  if (!items) return;
  const lang: Lang = context.lang;
  const t = translator(lang);
  const words = documentWords(items[0].citation.id, lang);
  context.status = "answered";
  context.parts = [
    { text: t("assistant.sectionList.lead", words), lang },
    { text: part.name, lang: "zh-CN" },
    { text: t("assistant.sectionList.has", { count: items.length }), lang },
    { text: items.map((i) => i.title).join("；"), lang: "zh-CN" },
    { text: t("assistant.sectionList.end"), lang },
  ];
  context.citations = items.map((i) => i.citation);
  context.done = true;
}
