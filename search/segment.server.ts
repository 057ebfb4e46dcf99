// Chinese word segmentation (jieba), shared by query understanding and the embedded engine. Meilisearch
// segments Chinese with jieba too, so both engines see the same words.
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";

let jieba: Jieba | undefined;

function instance(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** Words in reading order (spaces and punctuation dropped). */
export function segment(text: string): string[] {
  return instance()
    .cut(text, true)
    .map((w) => w.trim())
    .filter((w) => w && !/^[\p{P}\p{S}]+$/u.test(w));
}

/** Words plus the shorter words inside long ones (重度残疾人 → 重度, 残疾, 残疾人): for indexing and matching. */
export function segmentForSearch(text: string): string[] {
  return instance()
    .cutForSearch(text, true)
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w && !/^[\p{P}\p{S}]+$/u.test(w));
}

/**
 * The words of a text that jieba's own dictionary knows (two characters or more): real Chinese words such as
 * 吃药 or 上班, which a typo almost never forms. Without the HMM step, jieba does not invent words.
 */
export function dictionaryWords(text: string): Set<string> {
  return new Set(
    instance()
      .cut(text, false)
      .filter((w) => [...w].length >= 2 && /^\p{Script=Han}+$/u.test(w)),
  );
}

