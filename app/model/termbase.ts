// The termbase rule (issue 21): where a Chinese field uses a policy term of content/terms.yaml, its English
// field uses the termbase's one rendering of it (托养 is "care", never "residential care"), so the English
// says what the Chinese says. Reported at the English field's line, in Chinese, like every content problem.
import type { ContentProblem, YamlSource } from "./problems";
import type { Term } from "./schemas";

/** A Chinese text and its English counterpart: any string `x` with a sibling string `x_en`. */
export interface BilingualText {
  field: string;
  zh: string;
  en: string;
  /** Where the English text is, for the line number. */
  enPath: (string | number)[];
}

/** Every `x` / `x_en` pair of strings anywhere in a parsed content file. */
export function bilingualTexts(value: unknown, path: (string | number)[] = []): BilingualText[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => bilingualTexts(item, [...path, i]));
  if (!value || typeof value !== "object") return [];
  const record = value as Record<string, unknown>;
  return Object.entries(record).flatMap(([key, zh]): BilingualText[] => {
    const en = record[`${key}_en`];
    if (typeof zh !== "string") return bilingualTexts(zh, [...path, key]);
    return typeof en === "string" ? [{ field: key, zh, en, enPath: [...path, `${key}_en`] }] : [];
  });
}

/**
 * An English phrase as a pattern that also finds its inflected forms: each word of four letters or more may
 * take -s, -es, -ed or -ing (care → caring, Home → Homes, explore → exploring), a hyphen matches a space
 * ("person-time" finds "person-times"), and case is ignored.
 */
export function englishPattern(phrase: string): RegExp {
  const words = phrase
    .trim()
    .split(/[\s-]+/)
    .map((word) => {
      const literal = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      if (word.length < 4) return literal;
      return word.endsWith("e") ? `${literal.slice(0, -1)}(?:e|es|ed|ing)` : `${literal}(?:s|es|ed|ing)?`;
    });
  return new RegExp(`\\b${words.join("[\\s-]+")}\\b`, "i");
}

/** The termbase entry whose Chinese form `text` contains, if any (spaces ignored). */
export function termIn(text: string, terms: Term[]): { term: Term; form: string } | undefined {
  const compact = text.replace(/\s+/g, "");
  for (const term of terms) {
    const form = term.zh.find((f) => compact.includes(f));
    if (form) return { term, form };
  }
  return undefined;
}

export function checkTermbase(terms: Term[], documents: { value?: unknown; source: YamlSource }[], problems: ContentProblem[]): void {
  const compiled = terms.map((term) => ({ term, rendering: englishPattern(term.en), avoid: term.avoid.map((phrase) => ({ phrase, pattern: englishPattern(phrase) })) }));
  for (const { value, source } of documents) {
    for (const text of bilingualTexts(value)) {
      const zh = text.zh.replace(/\s+/g, "");
      for (const { term, rendering, avoid } of compiled) {
        const form = term.zh.find((f) => zh.includes(f));
        if (!form) continue;
        const report = (message: string) => problems.push({ file: source.file, line: source.lineOf(text.enPath), message });
        const enField = `${text.field}_en`;
        if (!rendering.test(text.en)) report(`“${enField}”没有用术语表的译法：“${text.field}”用了“${form}”，英文应写作“${term.en}”（content/terms.yaml：${term.note}）`);
        for (const { phrase, pattern } of avoid) {
          if (pattern.test(text.en)) report(`“${enField}”里的“${phrase}”说的不是“${form}”：请写作“${term.en}”（content/terms.yaml：${term.note}）`);
        }
      }
    }
  }
}
