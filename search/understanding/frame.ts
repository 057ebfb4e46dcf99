// A question read as what it is about (its topic) and how it asks (its frame: question words, time, place
// and the aspect asked of the topic). A follow-up with no topic of its own borrows the previous question's
// topic ("2025年目标是多少？"); one with a topic and no frame borrows the previous question's frame
// ("那住房救助比例呢？"); one that only names another of the same kind (重度 for 轻度, 中心村 for 乡镇,
// adults for children) swaps that word. This is how the question is phrased, not what the plan says: no
// word of the plan's subjects is listed here.

import { escapeRegExp } from "../../app/lib/regexp";
import { isEnglish } from "./language";

/** Words pointing back to what was asked before ("它", "这项", "it", "those"). */
const POINTING_ZH = "它们?|这个|这项|这些|那些|该项|其中|这种|那种|这里|那里|这儿|那儿";
export const POINTING = new RegExp(`${POINTING_ZH}|\\b(it|its|they|them|their|this|that|these|those|ones|there)\\b`, "i");
/** A year or plan period a question names. */
const TIME = /(到|在)?\d{4}年?(底|末)?|“?十[三四]五”?(期间|末|时期)?|\b(13th|14th) five-year plan\b|\b\d{4}\b/gi;

/** Words that ask, the verbs around them, pointers, time, and the plan named as where to look. Split anywhere. */
const ASKING_ZH = new RegExp(
  [
    "请问|我想(问|知道|了解)一?下?",
    POINTING_ZH,
    "规划(里|中|上)?(说|提出|提到|写|要求)?的?|要求|不少于|不低于|至少|以上|主要|是(个|做|干)",
    "有没有|是不是|能不能|可不可以|是否|(多少|几)(个|项|人次|人|户|所|家|元|万元|平方米|年|岁|条|种|场|名|亿元)?|哪(些|几[个项条种类]?|里|儿|个|种|类)",
    "什么样的?|什么|啥|咋|怎么样|怎么|如何|为什么|(要|需要|应该|能|会|将)?(达到|提高到|提升到|增加到|做到)了?|(实际|实现|完成|达到)了?",
    "指的是|指的|包括|(是|有)(多大|多少|多高)|多大|多高|多长",
    TIME.source,
    "每年|目前|现在|今年|(刚|刚刚)?开始(时|的时候)|的?时候|呢|吗|吧|啊",
  ].join("|"),
  "gi",
);
/** Characters that join a frame to a topic: trimmed at a topic's edges, never cut out of its middle. */
const EDGE_ZH = /^[的了是要有给在到对把被都也还和与及、，,。？?！!：:\s（）()“”"']+|[的了是要有给在到对把被都也还和与及做干办搞、，,。？?！!：:\s（）()“”"']+$/g;
/** The aspect a topic ends with, kept when another topic is put in its place ("…覆盖率", "…的比例"). */
const ASPECT_END_ZH = /(的?(覆盖率|参与率|就业率|比例|比率|率|人数|人次|总投资|投资|建筑面积|面积|目标值|基期值|实现值|目标|标准|金额))+$/;

const ENGLISH_FRAME = new Set(
  ("a an the of in on for to by at with and or as from per is are was were be been being do does did should shall will would can could may " +
    "there it its they them their this that these those ones one what which how many much where when who whom why whether about " +
    "plan plan's plans say says said according hangzhou city citywide target targets goal goals aim aimed baseline base value values figure figures " +
    "percentage share number numbers total actual actually achieved achieve reach reached end year years period during each annual annually " +
    "five-year 13th 14th big large size cost invest investment area floor get got given give please tell me us i my we our you your also still then else " +
    "coverage rate rates ratio proportion " +
    "what's what’s how's how’s there's there’s it's it’s that's that’s")
    .split(" "),
);

/** Words of one kind, any of which a follow-up may name in place of another ("重度的呢？", "What about adults?"). */
const KINDS: RegExp[] = [
  /极重度|轻度|中度|重度|[一二三四]级/,
  /全市|市级|市本级|区、?县\(市\)|区县\(市\)|区县|乡镇\(街道\)|乡镇|街道|中心村|社区|农村|城镇|城市|城乡|山区|村/,
  /婴幼儿|新生儿|学龄前|儿童少年|青少年|儿童|孩子|少年|学生|成年人|成人|老年人|老人|\d+\s*[—–\-到至]\s*\d+\s*周?岁/,
  /视力|听力|言语|肢体|智力|精神|多重|盲人|聋人|孤独症|脑瘫/,
  /\b(children|child|kids|young people|students|adults|adult|older people|elderly)\b/i,
  /\b(severe|severely|mild|moderate)\b/i,
  /\b(rural|urban|villages?|townships?|towns?|districts?|counties|county|city-level|communities|community)\b/i,
  /\b(blind|visually impaired|deaf|hearing|physical|intellectual|mental|autism|autistic)\b/i,
];

/**
 * Words that make a question of their own, as against a follow-up that only names a subject; in English
 * only where a question opens ("people who can work" asks nothing).
 */
const QUESTION_WORD = /多少|几|哪|什么|啥|咋|怎么|如何|为什么|是否|有没有|能不能|可不可以|是不是|吗|^(what|which|how|where|when|who|why|is|are|was|were|does|do|did|can|could|should)\b/i;

/** The stretches of a question that say what it is about, in order, without the words that ask. */
export function topicsOf(question: string): string[] {
  if (isEnglish(question)) return englishTopics(question);
  const parts: { text: string; asked: boolean }[] = [];
  let from = 0;
  let asked = false;
  for (const match of question.matchAll(ASKING_ZH)) {
    parts.push({ text: question.slice(from, match.index), asked });
    asked = /什么|哪/.test(match[0]);
    from = match.index + match[0].length;
  }
  parts.push({ text: question.slice(from), asked });
  // A comma separates two things a question names ("市残联代表大会代表中，残疾人及亲友的比例").
  const topics = parts
    .flatMap((part) => part.text.split(/[，,；;]/).map((text) => ({ text: text.replace(EDGE_ZH, ""), asked: part.asked })))
    .filter((part) => [...part.text].length >= 2);
  // What is asked for after 什么/哪些 ("有什么保障", "有哪些平台") is how the question asks, when something
  // else is what it is about.
  const about = topics.some((part) => !part.asked) ? topics.filter((part) => !part.asked) : topics;
  return [...new Set(about.map((part) => balanced(part.text)))];
}

/** A topic cut inside quotation marks gets its other mark back ("杭州市“光明工程" → "杭州市“光明工程”"). */
function balanced(topic: string): string {
  const opened = (topic.match(/“/g)?.length ?? 0) - (topic.match(/”/g)?.length ?? 0);
  return opened > 0 ? `${topic}”` : opened < 0 ? `“${topic}` : topic;
}

/** A word that says what is asked rather than what it is asked of ("覆盖率", "target", "goal"). */
export function isAspectWord(word: string): boolean {
  return aspectEnd(word) === word || ENGLISH_FRAME.has(word.toLowerCase()) || /^\d{4}$/.test(word);
}

function englishTopics(question: string): string[] {
  const runs: string[][] = [[]];
  for (const word of question.toLowerCase().split(/[^a-z0-9'’-]+/)) {
    if (!word || ENGLISH_FRAME.has(word) || /^[\d–-]+$/.test(word)) runs.push([]);
    else runs[runs.length - 1].push(word);
  }
  return runs.filter((run) => run.length).map((run) => run.join(" "));
}

/**
 * An English question's topic as written, from its first topic word to its last, times left out
 * ("the "Homes for Persons with Disabilities" (残疾人之家)"): the dictionary knows its terms with their
 * small words and capitals.
 */
export function englishTopicSpan(question: string): string {
  const text = withoutTimes(question).replace(/[?？.!]+\s*$/, "");
  const topics = englishTopics(text);
  if (!topics.length) return text;
  const lower = text.toLowerCase();
  const first = lower.indexOf(topics[0].split(" ")[0]);
  // The measure named before the topic goes with it ("coverage of the Homes…").
  const measure = /\b(coverage|rate|ratio|proportion|share|number|percentage)( of( the)?)? *$/i.exec(text.slice(0, first));
  const start = measure ? first - measure[0].length : first;
  const last = topics[topics.length - 1].split(" ");
  const end = lower.lastIndexOf(last[last.length - 1]) + last[last.length - 1].length;
  // Anything after the last topic word that is not a word (a closing quote, a Chinese name in brackets) stays.
  const tail = /^[^A-Za-z]*/.exec(text.slice(end))?.[0] ?? "";
  return text.slice(Math.max(0, start), end) + tail.trimEnd();
}

/**
 * An English question without its topics that share no word with `fresh`: what it asks, and whatever of its
 * subject the new one keeps ("What share of the federation's presidium members…" for "…on the presidium").
 */
export function englishWithout(question: string, fresh: string): string {
  // Words every question here has ("disabled people") say nothing about which subject is kept.
  const kept = new Set(englishTopics(fresh).flatMap((topic) => topic.split(" ")).filter((word) => !COMMON.test(word)));
  return englishTopics(question)
    .filter((topic) => !topic.split(" ").some((word) => kept.has(word)))
    .reduce((text, topic) => text.replace(new RegExp(topic.split(" ").map(escapeRegExp).join("[^A-Za-z0-9]+"), "i"), ""), question)
    .replace(/\s+/g, " ")
    .replace(/\s+([?.,)])/g, "$1")
    .trim();
}

const COMMON = /^(disabled|disability|disabilities|people|persons?|hangzhou)$/;

/** Whether a question asks something itself (多少, 什么, 吗, how, what), as against only naming a subject. */
export function asksItself(question: string): boolean {
  return QUESTION_WORD.test(question);
}

/** The years and plan periods a question names ("2020年", "十三五"). */
export function timesOf(question: string): string[] {
  return question.match(TIME) ?? [];
}

/** The question without its years and plan periods. */
export function withoutTimes(question: string): string {
  return question.replace(TIME, "");
}

/**
 * The previous question with `word` in place of the word of the same kind it names ("轻度…" → "重度…"),
 * when the follow-up names nothing but such a word. Undefined when there is no such pair.
 */
export function swapKind(word: string, previous: string): string | undefined {
  for (const kind of KINDS) {
    const own = word.match(new RegExp(`^(?:${kind.source})$`, kind.flags));
    if (!own) continue;
    const there = previous.match(kind);
    if (there && there[0].toLowerCase() !== own[0].toLowerCase()) return previous.replace(there[0], own[0]);
  }
  return undefined;
}

/** An item named by its number in quotation marks ("“1”" of "1+3+2"). */
const QUOTED_ITEM = /“[\d一二三四五六七八九十]+”/;

/**
 * The previous question asked of another numbered item ("其中“2”代表啥？" after "…里的“1”指什么？" reads
 * "…里的“2”指什么"). Undefined unless both name one and they differ.
 */
export function swapItem(question: string, previous: string): string | undefined {
  const own = QUOTED_ITEM.exec(question)?.[0];
  const there = QUOTED_ITEM.exec(previous)?.[0];
  return own && there && own !== there ? previous.replace(there, own) : undefined;
}

/** The aspects a topic ends with ("覆盖率", "的覆盖率目标"), if any. */
export function aspectEnd(topic: string): string | undefined {
  return ASPECT_END_ZH.exec(topic)?.[0];
}
