// 常见说法 (issue 14): every concept an editor names — a glossary entry, a subsidy, a service — may carry the
// words people use for it (a glossary entry's `everyday` and `typos`, a subsidy's or service's `said` and
// `said_en`) and the insults people type for it (`slurs`). Search reads them all; the checks here keep them
// unambiguous, and keep slurs out of every text the site displays.
import type { ContentProblem, YamlSource } from "./problems";
import type { GlossaryEntry, Service, Subsidy } from "./schemas";

interface Loaded<T> {
  value?: T;
  source: YamlSource;
}

type Path = (string | number)[];

interface Word {
  text: string;
  /** What search compares: NFKC, lower case, single spaces (search/query.server.ts normalizes queries so). */
  key: string;
  /** The field the word is in (everyday, said, slurs…), for messages. */
  field: string;
  path: Path;
}

interface ConceptWords {
  /** 词语“辅具租赁”, 补贴“残疾人康复补贴”… */
  label: string;
  source: YamlSource;
  /** The term and aliases, or the name: what the concept is called. */
  names: Word[];
  /** Everything else search matches, slurs apart. */
  words: Word[];
  slurs: Word[];
}

export interface SaidInput {
  glossary: Loaded<{ entries: GlossaryEntry[] }>;
  subsidies: Loaded<Subsidy>[];
  services: Loaded<Service>[];
  /** Every content file (plan, glossary, subsidies, services, FAQ, summaries, pages…): slurs appear in none. */
  files: { source: YamlSource }[];
}

export const wordKey = (text: string): string => text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();

const isLatin = (text: string) => /^[\x20-\x7e]+$/.test(text);

function words(field: string, list: string[], prefix: Path): Word[] {
  return list.map((text, i) => ({ text, key: wordKey(text), field, path: [...prefix, field, i] }));
}

function concepts({ glossary, subsidies, services }: SaidInput): ConceptWords[] {
  const all: ConceptWords[] = [];
  glossary.value?.entries.forEach((entry, i) => {
    const at: Path = ["entries", i];
    all.push({
      label: `词语“${entry.term}”`,
      source: glossary.source,
      names: [{ text: entry.term, key: wordKey(entry.term), field: "term", path: [...at, "term"] }, ...words("aliases", entry.aliases, at)],
      words: [...words("everyday", entry.everyday, at), ...words("typos", entry.typos, at), ...words("en", entry.en, at)],
      slurs: words("slurs", entry.slurs, at),
    });
  });
  const derived = [...subsidies.map((loaded) => ({ loaded, kind: "补贴" })), ...services.map((loaded) => ({ loaded, kind: "服务机构" }))];
  for (const { loaded, kind } of derived) {
    const item = loaded.value;
    if (!item) continue;
    all.push({
      label: `${kind}“${item.name}”`,
      source: loaded.source,
      names: [{ text: item.name, key: wordKey(item.name), field: "name", path: ["name"] }],
      words: [...words("said", item.said, []), ...words("said_en", item.said_en, [])],
      slurs: words("slurs", item.slurs, []),
    });
  }
  return all;
}

const where = (concept: ConceptWords, word: Word) => `${concept.source.file}:${concept.source.lineOf(word.path)}`;

/** A word listed twice in one entry, or repeating the entry's own term, alias or name. */
function checkWithinEntry(concept: ConceptWords, report: (word: Word, message: string) => void): void {
  const seen = new Map<string, Word>(concept.names.map((name) => [name.key, name]));
  for (const word of concept.words) {
    const before = seen.get(word.key);
    if (!before) seen.set(word.key, word);
    else if (before.field === "term" || before.field === "aliases" || before.field === "name")
      report(word, `“${word.text}”就是这一条的${before.field === "aliases" ? "别名" : "名称"}，搜索本来就能找到，不用再写在 ${word.field} 里`);
    else report(word, `${word.field} 里的“${word.text}”在这一条里重复了（${where(concept, before)} 已经写过）`);
  }
  const slurs = new Map<string, Word>();
  for (const slur of concept.slurs) {
    const before = slurs.get(slur.key);
    if (before) report(slur, `slurs 里的“${slur.text}”在这一条里重复了（${where(concept, before)} 已经写过）`);
    else slurs.set(slur.key, slur);
  }
}

/**
 * A word search would read as two concepts. Query understanding replaces a word by one concept's term, so a
 * word that is also another concept's term, alias or word would silently mean only one of them.
 */
function checkAcrossConcepts(all: ConceptWords[], report: (concept: ConceptWords, word: Word, message: string) => void): void {
  const names = new Map<string, { concept: ConceptWords; word: Word }>();
  for (const concept of all) for (const name of concept.names) if (!names.has(name.key)) names.set(name.key, { concept, word: name });
  const owners = new Map<string, { concept: ConceptWords; word: Word }>();
  for (const concept of all) {
    const own = new Set(concept.names.map((name) => name.key));
    for (const word of [...concept.words, ...concept.slurs]) {
      // A word that repeats the concept's own name is reported by checkWithinEntry (or, for a slur, where shown).
      if (own.has(word.key)) continue;
      const named = names.get(word.key);
      if (named && named.concept !== concept) {
        // A slur that is another concept's name is reported where it is displayed (checkSlursNotShown).
        if (word.field !== "slurs")
          report(concept, word, `${word.field} 里的“${word.text}”是${named.concept.label}的${named.word.field === "aliases" ? "别名" : "名称"}（${where(named.concept, named.word)}）：搜索时分不清指哪一个。请删掉，或换一个只属于这一条的说法`);
        continue;
      }
      const owner = owners.get(word.key);
      if (!owner) owners.set(word.key, { concept, word });
      else if (owner.concept !== concept)
        report(concept, word, `${word.field} 里的“${word.text}”也写在${owner.concept.label}的 ${owner.word.field} 里（${where(owner.concept, owner.word)}）：同一个说法只能属于一个概念，搜索才知道指哪一个`);
    }
  }
}

/** Every string of a parsed file with its path, except what is under a `slurs` key. */
function displayedStrings(value: unknown, path: Path = []): { text: string; path: Path }[] {
  if (typeof value === "string") return [{ text: value, path }];
  if (Array.isArray(value)) return value.flatMap((item, i) => displayedStrings(item, [...path, i]));
  if (!value || typeof value !== "object") return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => (key === "slurs" ? [] : displayedStrings(item, [...path, key])));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A slur in any text of any content file (names, summaries, answers, explanations, the plan, 常见说法…). */
function checkSlursNotShown(all: ConceptWords[], files: { source: YamlSource }[], problems: ContentProblem[]): void {
  const slurs = all.flatMap((concept) =>
    concept.slurs.map((slur) => ({
      slur,
      concept,
      // Latin slurs as whole words ("cripple" is not in "crippled" unless listed too); Chinese ones anywhere.
      pattern: isLatin(slur.key) ? new RegExp(`(?<![a-z0-9])${escapeRegExp(slur.key)}(?![a-z0-9])`) : undefined,
    })),
  );
  if (!slurs.length) return;
  for (const { source } of files) {
    for (const { text, path } of displayedStrings(source.doc.toJS())) {
      const key = wordKey(text);
      for (const { slur, concept, pattern } of slurs) {
        if (!(pattern ? pattern.test(key) : key.includes(slur.key))) continue;
        const field = [...path].reverse().find((p) => typeof p === "string") ?? "（根）";
        problems.push({
          file: source.file,
          line: source.lineOf(path),
          message: `“${field}”里有“${slur.text}”：这是侮辱人的说法（${concept.label}的 slurs 列出了它，${where(concept, slur)}），只用来让搜索认出来，不能出现在网站显示的任何文字里`,
        });
      }
    }
  }
}

export function checkSaid(input: SaidInput, problems: ContentProblem[]): void {
  const all = concepts(input);
  const report = (concept: ConceptWords, word: Word, message: string) =>
    problems.push({ file: concept.source.file, line: concept.source.lineOf(word.path), message });
  for (const concept of all) checkWithinEntry(concept, (word, message) => report(concept, word, message));
  checkAcrossConcepts(all, report);
  checkSlursNotShown(all, input.files, problems);
}

/**
 * Every word the content gives for a concept the site explains, for telling whether a question is about
 * disability services at all: listed glossary entries' terms, aliases, 常见说法, typos, slurs and English, and
 * subsidies' and services' names, said, said_en and slurs. Unlisted glossary entries (免费, 就业, 电话…) are
 * everyday words kept for search, not signs of the subject.
 */
function subjectWords(content: SubjectContent): string[] {
  return [
    ...content.glossary.filter((e) => e.list).flatMap((e) => [e.term, ...e.aliases, ...e.everyday, ...e.typos, ...e.slurs, ...e.en]),
    ...[...content.subsidies, ...content.services].flatMap((s) => [s.name, ...s.said, ...s.said_en, ...s.slurs]),
  ];
}

interface SubjectContent {
  glossary: GlossaryEntry[];
  subsidies: Subsidy[];
  services: Service[];
}

const subjectMatchers = new WeakMap<SubjectContent, (question: string) => boolean>();

/** Whether a question uses a word the content gives for one of its concepts (Chinese anywhere, Latin as whole words). */
export function mentionsSubject(content: SubjectContent, question: string): boolean {
  let matches = subjectMatchers.get(content);
  if (!matches) {
    const words = [...new Set(subjectWords(content).map(wordKey))].filter(Boolean);
    const chinese = words.filter((w) => !isLatin(w));
    const latin = words.filter(isLatin);
    const pattern = latin.length ? new RegExp(`(?<![a-z0-9])(?:${latin.map(escapeRegExp).join("|")})(?![a-z0-9])`) : undefined;
    matches = (q) => {
      const key = wordKey(q);
      return chinese.some((w) => key.includes(w)) || (pattern?.test(key) ?? false);
    };
    subjectMatchers.set(content, matches);
  }
  return matches(question);
}
