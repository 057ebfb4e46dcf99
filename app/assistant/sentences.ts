// Picks the sentences of a unit that answer a question best, for extractive answers and citations.
import { escapeRegExp } from "~/lib/regexp";
import { countAsked, groupCountMeant } from "../../search/understanding/counts";
import { askedUnit, asksForFigure, givesInUnit } from "../../search/understanding/figure";

/** Sentences as the plan prints them, each keeping its closing punctuation. */
export function sentencesOf(text: string): string[] {
  return text
    .replace(/\*\*/g, "")
    .split(/(?<=[。；;！？!?])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
}

/** Score: longer matched terms weigh more; a figure helps when the question asks for one. */
export function scoreSentence(sentence: string, terms: string[], question: string): number {
  const lower = sentence.toLowerCase();
  let score = 0;
  for (const term of new Set(terms)) {
    if (term.length >= 2 && lower.includes(term.toLowerCase())) score += Math.min(term.length, 5);
  }
  if (score > 0 && asksForFigure(question) && /\d/.test(sentence)) score += 3;
  // A figure in the unit the count is asked in ("多少件": "近 7 万件") is the one asked for.
  const unit = askedUnit(question);
  if (score > 0 && unit && givesInUnit(sentence, unit)) score += 3;
  // An age told ("孩子9岁") is in the age range a measure is for ("7—14周岁"), not in another's ("0—6周岁").
  if (score > 0 && agesCover(sentence, question)) score += 3;
  return score;
}

const AGE_TOLD = /(过了|超过了?|超了|大于|满了|older than |over )?(?:(\d{1,2})\s*(?:周岁|岁)|\baged? (\d{1,2})\b|\b(\d{1,2})[- ]year[- ]old)/gi;
const AGE_RANGE = /(\d{1,2})\s*[—–\-~至到]\s*(\d{1,2})\s*(?:周岁|岁)/g;

/** An age bound said in the question ("6岁以前", "under 6"): a range, no age told. */
const AGE_BOUND = /\d{1,2}\s*(?:周岁|岁)\s*(?:以前|以下|之前|以内|前)|\b(?:under|below) \d{1,2}\b/gi;

/** The ages a question tells ("孩子9岁", "过了6岁" is 7); a range or a bound in it is no age told. */
function agesTold(question: string): number[] {
  // An age passed ("过了6岁") tells the years after it.
  return [...question.replace(AGE_RANGE, "").replace(AGE_BOUND, "").matchAll(AGE_TOLD)].map((m) => Number(m[2] ?? m[3] ?? m[4]) + (m[1] ? 1 : 0));
}

/** Whether a text gives an age range and none of them holds an age the question tells: it is for other ages. */
export function agesExclude(text: string, question: string): boolean {
  const told = agesTold(question);
  const ranges = [...text.matchAll(AGE_RANGE)];
  return told.length > 0 && ranges.length > 0 && !ranges.some((m) => told.some((age) => age >= Number(m[1]) && age <= Number(m[2])));
}

/** Whether a sentence's age range covers an age the question tells (a range in the question is no age told). */
function agesCover(sentence: string, question: string): boolean {
  const told = agesTold(question);
  if (!told.length) return false;
  return [...sentence.matchAll(AGE_RANGE)].some((m) => told.some((age) => age >= Number(m[1]) && age <= Number(m[2])));
}

/** "最后一句说…", "开头那句…": the question says where in the paragraph its sentence is. */
const ASKS_LAST = /最后(一|那)句|末尾|结尾那?句|(the )?last sentence|ends (with|by) (saying|calling)/i;
const ASKS_FIRST = /第一句|开头(一|那)句|(the )?first sentence|opens (with|by) (saying|calling)/i;
/** Enough to choose between sentences that match as well, never to choose one that matches less than half as well. */
const PLACE_BONUS = 4;

/** The index of the sentence the question places among a paragraph's `count`, if it places one. */
export function placeAsked(question: string, count: number): number | undefined {
  if (ASKS_LAST.test(question)) return count - 1;
  if (ASKS_FIRST.test(question)) return 0;
  return undefined;
}

/**
 * The best sentences of a text, in reading order, grouped into contiguous spans: each span is one quote,
 * so sentences that are not next to each other in the plan are never joined inside one pair of quotation marks.
 */
export function bestSpans(text: string, terms: string[], question: string, max: number): { quote: string; score: number }[] {
  const sentences = sentencesOf(text);
  const placed = placeAsked(question, sentences.length);
  const chosen = sentences
    .map((sentence, index) => ({ sentence, index, score: scoreSentence(sentence, terms, question) }))
    .map((s) => (s.score > 0 && s.index === placed ? { ...s, score: s.score + PLACE_BONUS } : s))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, max)
    .sort((a, b) => a.index - b.index);
  const spans: { quote: string; score: number; last: number }[] = [];
  for (const s of chosen) {
    const previous = spans.at(-1);
    if (previous && previous.last === s.index - 1) {
      previous.quote += s.sentence;
      previous.score = Math.max(previous.score, s.score);
      previous.last = s.index;
    } else spans.push({ quote: s.sentence, score: s.score, last: s.index });
  }
  return spans.map(({ quote, score }) => ({ quote, score }));
}

/** A question for several named things ("哪五个", "有哪几种", "是指"), not only "有什么帮助". */
const NAMED_LIST = /哪些|哪几|哪[“"]?[一二两三四五六七八九十\d]+|是指|指的是|包括(哪|什么)|what are the|which (ones|are)/i;
/** A question asking for several things, named or not; the clause that lists them gains this much. */
const LIST_ASKED = new RegExp(`${NAMED_LIST.source}|指什么|什么(样的)?(服务|帮助|支持|扶持|内容|措施|政策|保障)|有什么|what (services|support|help|kinds?)|which`, "i");
const LIST_BONUS = 12;
const LIST_ITEM = 2;

export function asksList(question: string): boolean {
  return NAMED_LIST.test(question);
}

/** A lead clause this share of its sentence's length is the sentence: it would say the quote twice. */
export const WHOLE_CLAUSE = 0.8;

/**
 * What a list question names the items as: the noun after "哪几种…" ("哪几种…电视广播栏目" → 栏目), or before
 * "是哪五个" ("五大传统就业渠道是哪五个" → 渠道). The clause that names it is where the items are listed.
 */
const HEAD_AFTER = /哪[“"‘']?(?:几|些|[一二两三四五六七八九十\d]+)(?:个|种|项|类|条|大|块|方面|家|所|样)?[^，,。？?！!；;\s]{0,12}?(\p{Script=Han}{2})[”"’']?(?=[\s，,。？?！!；;]|$)/u;
/** A group named by its count (哪两大驱动): the noun right after 大. */
const HEAD_GROUP = /哪[“"‘']?[一二两三四五六七八九十\d]+大(\p{Script=Han}{2})/u;
const HEAD_BEFORE = /(\p{Script=Han}{2})(?:分别)?(?:是|有|包括|指)哪/u;
/**
 * One thing asked for by its kind ("要开什么残疾人相关的栏目" → 栏目): the clause naming that kind is where it is
 * said ("开办电视手语栏目"), more than a neighbour sharing the question's other words ("优化节目时段").
 */
const HEAD_WHAT = /什么(?:样的?)?[^，,。？?！!；;\s]{0,12}?(\p{Script=Han}{2})(?:呢|吗|啊|呀)?[”"’']?(?=[\s，,。？?！!；;]|$)/u;
/** Kinds too general to be named in the plan's clause that answers ("什么时候", "什么意思", "什么帮助"). */
const GENERAL_HEAD = /^(时候|意思|作用|情况|东西|样子|帮助|好处|区别|关系|内容|规定|要求|政策|措施|服务|支持|保障|条件|办法|方面|地方|水平|程度|目标|标准|安排|说法)$/;
const HEAD_BONUS = 6;
/** One thing asked for by its kind ("什么栏目") weighs less than a list's head: the kind may be worded otherwise. */
const KIND_BONUS = 3;

/**
 * What the asker wrote out exactly: a phrase they quoted ("哪“两大驱动”"), or a run of six characters or more
 * copied from the plan ("自强模范和基层一线委员"). The clause holding it is the one asked about, more than a
 * neighbour that shares the sentence's general terms.
 */
const EXACT_RUN = 6;
const EXACT_BONUS = 5;

function exactBonus(text: string, question: string): number {
  // A phrase put in quotation marks names exactly what is asked ("三进三送", "跨省通办"): more than a run copied.
  if (quotedIn(question).some((q) => [...q].length >= 2 && text.includes(q))) return QUOTED_BONUS;
  const han = question.match(/\p{Script=Han}+/gu) ?? [];
  for (const run of han) for (let i = 0; i + EXACT_RUN <= run.length; i++) if (text.includes(run.slice(i, i + EXACT_RUN))) return EXACT_BONUS;
  return 0;
}

const QUOTED_BONUS = 10;

/** The short phrases a question puts in quotation marks ("那个“3”", "哪“两大驱动”"). */
function quotedIn(question: string): string[] {
  return [...question.matchAll(/[“"‘']([^”"’'\s]{1,12})[”"’']/g)].map((m) => m[1]);
}

export function listHead(question: string): string | undefined {
  return (question.match(HEAD_GROUP) ?? question.match(HEAD_AFTER) ?? question.match(HEAD_BEFORE))?.[1];
}

/** The kind of one thing asked for ("什么…栏目"), when it is specific enough to be named where it is answered. */
function kindAsked(question: string): string | undefined {
  const head = question.match(HEAD_WHAT)?.[1];
  return head && !GENERAL_HEAD.test(head) ? head : undefined;
}

/** Clauses longer than this are not a short plain lead; the sentence is quoted instead. */
const LEAD_MAX = 48;
/** A list asked for may run longer: its items are the answer ("基地、阵地、红地、热地"). */
const LIST_LEAD_MAX = 90;

/**
 * The shortest run of a sentence's clauses that carries what was asked (its matched terms, and its figure
 * when one is asked for): a direct answer in the plan's own words, one contiguous span of the sentence.
 */
export function leadClause(sentence: string, terms: string[], question: string): string | undefined {
  const clause = bestClause(sentence, terms, question);
  return clause && coverParts(clause, sentence, terms, question);
}

function bestClause(sentence: string, terms: string[], question: string): string | undefined {
  const clauses = sentence.replace(/[。；;]$/, "").split(/(?<=[，,：:])/);
  if (clauses.length < 2) return undefined;
  let best: { text: string; score: number } | undefined;
  let long: { text: string; score: number } | undefined;
  // The best run short enough not to be the whole sentence: a list asked for is answered by its items alone.
  let part: { text: string; score: number } | undefined;
  const list = LIST_ASKED.test(question);
  const listed = list ? listHead(question) : undefined;
  const head = listed ?? kindAsked(question);
  const headBonus = listed ? HEAD_BONUS : KIND_BONUS;
  // A group asked for by its quoted name (哪“两大驱动”, “两大驱动”指什么) is asked for by count too; “四个杭州” stays a name.
  const count = list ? (countAsked(question.replace(/哪[“"‘']([一二两三四五六七八九十\d]+大)/, "哪$1")) ?? groupCountMeant(question)) : undefined;
  const whole = WHOLE_CLAUSE * [...sentence].length;
  for (let start = 0; start < clauses.length; start++) {
    for (let end = start + 1; end <= Math.min(clauses.length, start + 3); end++) {
      const text = clauses.slice(start, end).join("").replace(/[，,：:]$/, "");
      if ([...text].length > (list && /、/.test(text) ? LIST_LEAD_MAX : LEAD_MAX)) {
        // One clause too long to be a short lead may still be the one that answers (a document's long title).
        const score = end === start + 1 ? scoreSentence(text, terms, question) : 0;
        if (score > 0 && (!long || score > long.score)) long = { text, score };
        break;
      }
      // Asked for several things ("哪些服务"), the clause that lists them ("评估、咨询、指导") is the answer:
      // the longer its list, the likelier it is the one asked for ("示范性、综合性" is an aside).
      // Items are counted in the clause that lists most: two lists joined are not a longer answer.
      const items = Math.max(...clauses.slice(start, end).map((c) => c.match(/、/g)?.length ?? 0));
      // Asked for a number of things ("哪“两大驱动”"), a list of another length is another list. The last item
      // may be joined by 和, 及 or 与 ("甲、乙和丙"; two things: "机遇意识和头雁意识").
      const joined = /[和及与]/.test(text);
      const listed = count === undefined ? items > 0 : items + 1 === count || (joined && items + 2 === count);
      const base = scoreSentence(text, terms, question);
      const score = base + (list && listed ? LIST_BONUS + LIST_ITEM * Math.min(items, 5) : 0) + (head && text.includes(head) ? headBonus : 0) + (base > 0 ? exactBonus(text, question) : 0);
      const better = (than?: { text: string; score: number }) => score > 0 && (!than || score > than.score || (score === than.score && text.length < than.text.length));
      if (better(best)) best = { text, score };
      if ([...text].length < whole && better(part)) part = { text, score };
    }
  }
  // A shorter clause that answers less well is a tangent, not the answer: the long one leads if it is not
  // too long to read as one, else the quote speaks for itself.
  if (long && best && long.score > best.score) return [...long.text].length <= LONG_LEAD_MAX ? long.text : undefined;
  // Asked for a list, the run that names or lists it answers when the best is nearly the whole sentence.
  // A clause naming what the question calls the items answers it; one that only lists leads only when it cuts a
  // good part of the sentence, else the quote would say it again nearly whole.
  const names = head !== undefined && part?.text.includes(head);
  if (list && best && [...best.text].length >= whole && part && (names || (/、/.test(part.text) && [...part.text].length <= LIST_PART * [...sentence].length))) return part.text;
  return best?.text;
}

/** A count asked with its measure word ("破了几项全国记录" → 项): a clause printing a number of it gives that count. */
const COUNT_ASKED = /(?:几|多少)(个|项|家|所|名|位|人|块|次|条|种|类|处|座|届|批|枚)/;

/**
 * A question in several parts ("拿了多少块金牌？还破了几项全国记录？", "…目标是多少？辅具适配率呢？") is answered by
 * the lead only when each part is: the lead grows over the neighbouring clauses of its sentence that answer a
 * part it leaves out, while it stays one contiguous span short enough to read as one and short of the whole.
 */
export function coverParts(lead: string, sentence: string, terms: string[], question: string): string {
  const parts = question.split(/[？?]/).map((p) => p.trim()).filter(Boolean);
  const at = sentence.indexOf(lead);
  if (parts.length < 2 || at < 0) return lead;
  const clauses: { from: number; to: number }[] = [];
  for (let from = 0; from < sentence.length; ) {
    const to = sentence.slice(from).search(/[，,；;：:]/);
    const end = to < 0 ? sentence.length : from + to + 1;
    clauses.push({ from, to: end });
    from = end;
  }
  let span = { from: at, to: at + lead.length };
  for (const [i, part] of parts.entries()) {
    // A count is answered by its number; other parts by the words only they use (not the subject all share).
    const counted = part.match(COUNT_ASKED)?.[1];
    const own = terms.filter((t) => [...t].length >= 2 && part.includes(t) && !parts.some((other, j) => j !== i && other.includes(t)));
    // A clause sharing one word of several ("基层" of 自强模范和基层一线代表) is about something else.
    const answers = (text: string) => (counted ? new RegExp(`\\d\\s*${counted}`).test(text) : own.filter((t) => text.includes(t)).length * 2 >= own.length);
    if ((!counted && !own.length) || answers(sentence.slice(span.from, span.to))) continue;
    const nearest = clauses
      .filter((c) => (c.to <= span.from || c.from >= span.to) && answers(sentence.slice(c.from, c.to)))
      .sort((a, b) => Math.min(Math.abs(a.from - span.to), Math.abs(span.from - a.to)) - Math.min(Math.abs(b.from - span.to), Math.abs(span.from - b.to)))[0];
    if (!nearest) continue;
    const grown = { from: Math.min(span.from, nearest.from), to: Math.max(span.to, nearest.to) };
    // Grown to nearly the whole sentence, the lead would say the quote twice: the quote answers alone.
    const length = [...sentence.slice(grown.from, grown.to)].length;
    if (length <= LIST_LEAD_MAX && length < WHOLE_CLAUSE * [...sentence].length) span = grown;
  }
  return sentence.slice(span.from, span.to).replace(/[，,；;：:。]$/, "");
}

/** A list's clause leads in place of a whole sentence only when it is at most this share of it. */
const LIST_PART = 2 / 3;

/** The longest single clause that may lead when no shorter one answers as well. */
const LONG_LEAD_MAX = 64;

/** A clause that says what a term or an item stands for ("‘1’表示一体化整体智治平台", "是指…"); 即 restates one. */
const DEFINES = /表示|是指|指的是/;
const RESTATES = /^即/;

/**
 * Asked what something means, the clauses of its quote that define it, in their order, when there are some
 * and they are short enough to lead together ("‘1’表示…；‘3’表示…；‘2’表示…"): the name alone answers nothing.
 * Their restatements (即…) join them only if all still fit.
 */
export function definingLead(text: string, question = ""): string | undefined {
  const all = text.split(/[，,；;。]/).map((c) => c.trim());
  // Asked what one part stands for ("那个“3”指的是什么"), that part's definition and its restatement only.
  const parts = quotedIn(question).filter((q) => [...q].length <= 6);
  const at = all.findIndex((c) => parts.some((p) => new RegExp(`^[“"‘']${escapeRegExp(p)}[”"’']`).test(c) && DEFINES.test(c)));
  const clauses = at < 0 ? all : [all[at], ...(RESTATES.test(all[at + 1] ?? "") ? [all[at + 1]] : [])];
  for (const test of [(c: string) => DEFINES.test(c) || RESTATES.test(c), (c: string) => DEFINES.test(c)]) {
    const chosen = clauses.filter(test);
    const lead = chosen.join("；");
    if (chosen.length && [...lead].length <= LIST_LEAD_MAX) return lead;
  }
  return undefined;
}
