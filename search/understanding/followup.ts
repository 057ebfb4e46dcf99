// A follow-up read with the question before it, as a 12345 operator would ("那生活补贴呢？", "它在哪里办？",
// "2025年目标是多少？", "重度的呢？", "What about adults?"). Each question is read as its topic and its frame
// (search/understanding/frame.ts): a follow-up without a topic of its own is about the previous topic; one
// that only names a topic is asked the way the previous question asked. A question that names a topic and
// asks something of it stands on its own and is never bent. The reading is a whole question, so a wrong
// guess can be shown to the person.
import { aspectEnd, asksItself, englishTopicSpan, englishWithout, isAspectWord, POINTING, swapItem, swapKind, timesOf, topicsOf, withoutTimes } from "./frame";
import { isEnglish } from "./language";

/** A question leaning on the one before: "那…", "还有…", "…呢", "what about…". */
const LEANS = /^(那么?|那个|还有|另外|再问一下|and|what about|how about|and what about)(?![\p{Script=Han}]{0,1}[么样些])|呢[？?。!！\s]*$/iu;
// "那" opens a follow-up ("那生活补贴呢"), but not in 那里, 那些, 那种 (which point back).
const LEADING = /^(那么|那个|那(?![里儿边些种样])|还有|另外|再问一下|and what about|and|what about|how about)\s*/i;
/** Characters (years aside) of a follow-up that is only an aspect ("2025年目标是多少") or only a subject ("职业培训？"). */
const ASPECT_ONLY = 12;
const SUBJECT_ONLY = 6;
/** A bare subject typed as a question ("规范化残疾儿童康复机构？") may be longer. */
const SUBJECT_ASKED = 14;
/** Words of an English follow-up that is only an aspect ("What was the 2020 baseline?") or only a subject. */
const ENGLISH_SHORT = 8;
/** Characters a follow-up may name besides its aspect and still be only an aspect ("要培育多少个？"). */
const ASPECT_WORDS = 4;
const ENGLISH_SUBJECT = 4;

export interface FollowUp {
  /** The question as read: the follow-up itself, or a whole question made with the one before. */
  question: string;
  /** Whether the previous question was used. */
  leaned: boolean;
}

const bare = (text: string) => [...text.replace(/[\s\p{P}\p{S}]/gu, "")].length;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const END = /[？?。.!！]+$/;

/**
 * Reads a follow-up with the question before it. `subjectsOf` gives the subjects a text names, as written
 * in it, longest first (search/service.server.ts `subjects`): they decide which of the previous question's
 * topics is its main one.
 */
export function readFollowUp(question: string, previous: string | undefined, subjectsOf: (text: string) => string[]): FollowUp {
  const standing = { question, leaned: false };
  if (!previous) return standing;
  const english = isEnglish(question);
  const core = question.trim().replace(LEADING, "").replace(/的?呢([？?。!！\s]*)$/, "$1").trim();
  const before = topicsOf(previous);
  const previousSubjects = subjectsOf(previous);
  // A previous turn that names nothing ("你好", "thanks") gives a follow-up nothing to lean on.
  if (!before.some((topic) => bare(topic) > 2) && !previousSubjects.length) return standing;
  const known = (text: string) => subjectsOf(text).filter((s) => !isAspectWord(s) && !previous.includes(s));
  // A topic that is only an aspect ("比例", "target") is what is asked, not what it is asked of.
  const own = topicsOf(core).filter((topic) => !isAspectWord(topic));
  const asks = asksItself(core);
  const leans = LEANS.test(question.trim());
  // A word pointing back with nothing named before it ("它的建筑面积", "How many registered ones…"); in
  // "哪些优惠，这些优惠怎么申请" it points to the question's own subject.
  const pointer = POINTING.exec(core);
  // In English the thing asked often comes first ("how many silvers did they win there?"): a short question
  // with a pointer leans whatever precedes it.
  const points = !!pointer && ((english && words(core) <= ENGLISH_SHORT) || !topicsOf(core.slice(0, pointer.index)).filter((topic) => !isAspectWord(topic)).length);
  // A pointer followed by what it points to ("这些残疾人之家…", "其中高质量文体…示范点"): the follow-up names
  // its own subject, and stands on its own.
  if (points && !english) {
    const after = core.slice(pointer.index + pointer[0].length).replace(/^的/, "");
    if ([...previousSubjects, ...known(after)].some((s) => after.startsWith(s))) return standing;
  }
  const short = english ? words(core) <= ENGLISH_SHORT : bare(withoutTimes(core)) <= ASPECT_ONLY;
  // Only an aspect ("2025年目标是多少？", "一共要改造多少户？"): short, naming no subject of its own, and
  // what it names is a word or two, or words of the previous question.
  const onlyAspect = short && (!own.length || (asks && !known(core).length && (bare(own.join("")) <= ASPECT_WORDS || sharesWith(own.join(""), previous))));
  const onlySubject = own.length > 0 && !asks && (english ? words(core) <= ENGLISH_SUBJECT : bare(core) <= SUBJECT_ONLY || (/[？?]$/.test(core) && bare(core) <= SUBJECT_ASKED));
  if (!leans && !points && !onlyAspect && !onlySubject) return standing;
  const fresh = core.replace(END, "").replace(/的$/, "");

  // Another numbered item ("其中“2”代表啥？" after "“1”指什么"): the previous question about it.
  const item = swapItem(core, previous);
  if (item) return { question: item, leaned: true };
  // Another of the same kind ("重度的呢？" after 轻度…, "中心村呢？" after 乡镇…): the previous question with it.
  if (own.length === 1 && !asks) {
    const swapped = swapKind(own[0], previous);
    if (swapped) return { question: swapped, leaned: true };
  }

  // Nothing of its own to be about ("2025年目标是多少？", "它在哪里办？"): the previous topic, asked the new way.
  if (points || onlyAspect) {
    // An English topic is taken whole as written: its terms keep their small words and capitals.
    const main = english ? englishTopicSpan(previous) : mainTopic(before, previousSubjects);
    if (core.includes(main)) return standing;
    const pointed = core.replace(POINTING, main);
    if (pointed !== core) return { question: pointed, leaned: true };
    // The previous question's years go with its topic unless the follow-up names its own.
    const times = timesOf(core).length ? [] : timesOf(previous);
    if (english) return { question: `${fresh} (${[main, ...times].join(", ")})?`, leaned: true };
    return { question: `${times.join("")}${main}${core}`, leaned: true };
  }
  // Its own topic, asking nothing itself ("那住房救助比例呢？", "What about the housing ratio?"): the previous
  // question about the new topic, keeping the aspect the previous topic ended with (…覆盖率) unless it has its own.
  if (asks) return standing;
  // English is read with the previous question beside it, without the subjects the new one replaces (and
  // its years when the follow-up names its own): what it asked stays, its old subject does not pull.
  if (english) {
    const asked = englishWithout(timesOf(core).length ? withoutTimes(previous) : previous, fresh).replace(/[?？.!]+$/, "");
    return { question: `${fresh} (${asked})?`, leaned: true };
  }
  if (previous.includes(fresh)) return standing;
  const main = replacedTopic(before, fresh);
  const aspect = aspectEnd(main);
  const replaced = aspect && !aspectEnd(fresh) && main !== aspect ? main.slice(0, -aspect.length) : main;
  // The follow-up's own years replace the previous question's ("那2019年的残运会呢？").
  const asked = timesOf(fresh).length ? timesOf(previous).reduce((text, time) => text.replace(time, ""), previous) : previous;
  return { question: asked.replace(replaced, fresh), leaned: true };
}

/** Whether a text shares two characters with another, leaving out those every question here has (残疾人). */
function sharesWith(text: string, other: string): boolean {
  return [...new Set(text)].filter((c) => /\p{Script=Han}/u.test(c) && !"残疾人".includes(c) && other.includes(c)).length >= 2;
}

/** The previous question's main topic: the one naming most known subjects, else the first (Chinese puts it first). */
function mainTopic(topics: string[], subjects: string[]): string {
  const named = (topic: string) => subjects.filter((s) => topic.includes(s)).length;
  return topics.reduce((best, topic) => (named(topic) > named(best) ? topic : best));
}

/** The previous topic a new one takes the place of: the one sharing most characters with it, else the first. */
function replacedTopic(topics: string[], fresh: string): string {
  const shared = (topic: string) => [...new Set(topic)].filter((c) => /[\p{L}\p{N}]/u.test(c) && fresh.includes(c)).length;
  return topics.reduce((best, topic) => (shared(topic) > shared(best) ? topic : best));
}
