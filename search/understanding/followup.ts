// A follow-up read with the question before it, as a 12345 operator would ("那生活补贴呢？", "它在哪里办？",
// "目标是多少？", "What about adults?"). A question that names a subject of its own and does not lean on the
// one before is never bent. The reading is a whole question, so a wrong guess can be shown to the person.

/** A question leaning on the one before: "那…", "还有…", "…呢", "what about…". */
const LEANS = /^(那么?|那个|还有|另外|再问一下|and|what about|how about|and what about)(?![\p{Script=Han}]{0,1}[么样些])|呢[？?。!！\s]*$/iu;
/** Words pointing back to the previous subject. */
const POINTS_BACK = /它们?|这个|这项|这些|那些|该项|其中|这种|那种|这里|那里|这儿|那儿|\b(it|they|them|this|that|those|there)\b/i;
/** Characters of a follow-up that is only an aspect ("目标是多少") or only a subject ("盲人的", "职业培训"). */
const ASPECT_ONLY = 8;
const SUBJECT_ONLY = 6;
/** Words of an English follow-up that is only an aspect ("What was the 2020 baseline?"). */
const ENGLISH_SHORT = 8;

export interface FollowUp {
  /** The question as read: the follow-up itself, or a whole question made with the one before. */
  question: string;
  /** Whether the previous question was used. */
  leaned: boolean;
}

const bare = (text: string) => [...text.replace(/[\s\p{P}\p{S}]/gu, "")].length;

/** What is asked of a subject (覆盖率, 目标, 多少, 比例), as against the subject itself. */
const ASPECT = /率$|目标|多少|几|比例|标准|金额|怎么|哪里|哪些|什么|when|where|how|what|target|rate/i;
// "那" opens a follow-up ("那生活补贴呢"), but not in 那里, 那些, 那种 (which point back).
const LEADING = /^(那么|那个|那(?![里儿边些种样])|还有|另外|再问一下|and what about|and|what about|how about)\s*/i;

/** A subject this short and made of an aspect word (覆盖率, 目标值) is what is asked, not what it is asked of. */
const isAspect = (s: string) => [...s].length <= 3 && ASPECT.test(s);
/** Replacing a subject in the previous question needs one this long to be sure of it. */
const SURE_SUBJECT = 4;

/**
 * Reads a follow-up with the question before it. `subjectsOf` gives the subjects a text names, as written
 * in it, longest first (search/service.server.ts `subjects`).
 */
export function readFollowUp(question: string, previous: string | undefined, subjectsOf: (text: string) => string[]): FollowUp {
  if (!previous) return { question, leaned: false };
  const before = subjectsOf(previous);
  const things = before.filter((s) => !isAspect(s));
  const ownThings = subjectsOf(question).filter((s) => !previous.includes(s) && !isAspect(s));
  const leans = LEANS.test(question.trim());
  const points = POINTS_BACK.test(question);
  const core = question.trim().replace(LEADING, "").replace(/的?呢([？?。!！\s]*)$/, "$1").trim();
  // Only an aspect ("目标是多少？", "在哪里办？") or only a subject ("盲人的呢？", "职业培训？"): too short to
  // stand alone. Anything longer stands alone unless it leans or points back.
  const english = !/\p{Script=Han}/u.test(question);
  const onlyAspect = !ownThings.length && ASPECT.test(core) && (english ? core.split(/\s+/).length <= ENGLISH_SHORT : bare(core) <= ASPECT_ONLY);
  const onlySubject = english ? core.split(/\s+/).length <= 3 : bare(core) <= SUBJECT_ONLY;
  if (!leans && !points && !onlyAspect && !onlySubject) return { question, leaned: false };
  // A previous turn that names nothing and asks nothing ("你好") gives a follow-up nothing to lean on.
  if (!before.length && !ASPECT.test(previous)) return { question, leaned: false };
  // English is read with the whole previous question beside it: its subjects are too often phrases whose
  // words a replacement would garble.
  const beside = () => ({ question: `${core.replace(/[？?。.!！]+$/, "")}（${previous}）`, leaned: true });
  if (english) return { question: `${core.replace(/[?.!]+$/, "")} (${previous.replace(/[?.!]+$/, "")})?`, leaned: true };
  const subject = things.find((s) => [...s].length >= SURE_SUBJECT);
  // Pointing back ("它在哪里办？"), or asking something new of the same subject ("目标是多少？"): the
  // follow-up, about the previous subject.
  if (points || onlyAspect) {
    if (!subject) return beside();
    if (question.includes(subject)) return { question, leaned: false };
    const pointed = core.replace(POINTS_BACK, subject);
    return { question: pointed !== core ? pointed : `${subject}：${core}`, leaned: true };
  }
  // A new subject asked the way the previous question asked ("那生活补贴呢？", "盲人的呢？"): the previous
  // question about the new subject, or the new subject with what the previous question asked of its own.
  // A bare follow-up is its own subject as typed ("脑瘫孩子", "重度"), not a word found inside it.
  const fresh = (onlySubject ? core : ownThings[0] ?? core).replace(/[？?。!！]+$/, "").replace(/的$/, "");
  if (!fresh || previous.includes(fresh)) return { question, leaned: false };
  const replaced = things.find((s) => !question.includes(s) && [...s].length >= SURE_SUBJECT);
  if (replaced) return { question: previous.replace(replaced, fresh), leaned: true };
  // What the previous question asked of its subject, after its last 的: "…的建筑面积是多少平方米？".
  const asked = /的([^的]*?(多少|几|哪|什么|怎么)[^的]*)$/.exec(previous)?.[1];
  return asked ? { question: `${fresh}的${asked}`, leaned: true } : beside();
}
