// A list asked for by how many items it has: "是哪四个词", "六个样板…哪六块". The count says how many items the
// answer lists, not what they are about, so it is never a word to find; a sentence listing that many items in
// one run ("智慧引领、创新驱动、福祉共享、残健融合") is the likelier answer.
import { chineseNumeral } from "../../app/lib/numerals";
import { simplified } from "./normalize";

const NUMERAL = "[一二两三四五六七八九十]+|\\d+";
/** The count after 哪: "哪四个", "哪 6 项". */
const COUNT_ASKED = new RegExp(`哪\\s*(${NUMERAL})`);
/** A count word: a numeral and a measure word ("四个", "六块", "三方面"); never 大, which names a group ("两大驱动"). */
const COUNT_WORD = new RegExp(`^(${NUMERAL})(个|项|条|块|种|类|件|点|方面)$`);

const valueOf = (numeral: string) => (/^\d+$/.test(numeral) ? Number(numeral) : chineseNumeral(numeral));

/** How many items the question asks for by count, if it asks so: "哪一步", "哪一年" ask for one thing, not a list. */
export function countAsked(question: string): number | undefined {
  const m = simplified(question).match(COUNT_ASKED);
  const count = m ? valueOf(m[1]) : undefined;
  return count !== undefined && count >= 2 ? count : undefined;
}

/** A group named in quotation marks by its count and asked what it means: "“两大驱动”到底指什么". */
const GROUP_MEANT = new RegExp(`[“"‘'](${NUMERAL})大[^”"’'\\s]{1,8}[”"’'][^？?。，,]{0,8}(指|是)(什么|啥|哪)`);

/** How many things a group asked about by its quoted name holds ("两大驱动" → 2): its members are the answer. */
export function groupCountMeant(question: string): number | undefined {
  const m = simplified(question).match(GROUP_MEANT);
  const count = m ? valueOf(m[1]) : undefined;
  return count !== undefined && count >= 2 ? count : undefined;
}

/** Whether a word only counts the items asked for (`countAsked`): "四个" in "四个方面…哪四个词". */
export function isCountWord(word: string, count: number | undefined): boolean {
  const m = count === undefined ? null : word.match(COUNT_WORD);
  return m !== null && valueOf(m[1]) === count;
}

/** Whether one clause of the sentence lists exactly `count` items, one after another (甲、乙、丙、丁). */
export function listsCount(sentence: string, count: number): boolean {
  return sentence.split(/[,，;；。:：]/).some((clause) => clause.split("、").length === count);
}
