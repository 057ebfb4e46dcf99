// Checks on plain-language text: every chapter has a plain summary (易读版) whose sentences cite real units
// and carry only numbers from them; glossary explanations carry only numbers the plan or facts.yaml has;
// and both stay within the sentence-length limits of plain-language.ts.
import { basename } from "node:path";
import { exemptNumbers } from "./derived-checks";
import { unsupportedNumbers } from "./numbers";
import { enStats, plainLanguageProblems, zhStats, type SentenceStats } from "./plain-language";
import type { CitableUnit, SiteDocument } from "./plan";
import type { ContentProblem, YamlSource } from "./problems";
import type { PlainSummary, Facts, GlossaryEntry } from "./schemas";

interface Loaded<T> {
  value?: T;
  source: YamlSource;
}

export interface PlainInput {
  units: Map<string, CitableUnit>;
  facts: Facts;
  documents: SiteDocument[];
  /** Each document's summary files. */
  summaries: { document: string; files: Loaded<PlainSummary>[] }[];
  glossary: Loaded<{ entries: GlossaryEntry[] }>;
}

export interface PlainFigures {
  file: string;
  zh: SentenceStats;
  en: SentenceStats;
}

/** Sentence-length figures per plain-language file, for the content check's report. */
function plainFigures({ summaries, glossary }: Pick<PlainInput, "summaries" | "glossary">): PlainFigures[] {
  const rows: PlainFigures[] = summaries.flatMap((d) => d.files).flatMap(({ value, source }) =>
    value ? [{ file: source.file, zh: zhStats(value.points.map((p) => p.text)), en: enStats(value.points.map((p) => p.text_en)) }] : [],
  );
  const entries = glossary.value?.entries ?? [];
  rows.push({ file: glossary.source.file, zh: zhStats(entries.map((e) => e.explain)), en: enStats(entries.map((e) => e.explain_en)) });
  return rows;
}

export function checkPlain(input: PlainInput, problems: ContentProblem[]): void {
  const { units, facts, documents, summaries, glossary } = input;
  const exempt = exemptNumbers(facts, documents);
  for (const document of documents) {
    const chapterSlugs = document.chapters.map((c) => c.slug);
    const covered = new Set<string>();
    const files = summaries.find((s) => s.document === document.id)?.files ?? [];
    for (const { value, source } of files) {
      if (!value) continue;
      const problem = (path: (string | number)[], message: string) => problems.push({ file: source.file, line: source.lineOf(path), message });
      if (!chapterSlugs.includes(value.chapter)) problem(["chapter"], `章节“${value.chapter}”不存在（可用：${chapterSlugs.join("、")}）`);
      else if (covered.has(value.chapter)) problem(["chapter"], `章节“${value.chapter}”已经有易读版，一章只能有一个文件`);
      covered.add(value.chapter);
      if (basename(source.file).replace(/\.ya?ml$/, "") !== value.chapter) problem(["chapter"], `文件名应与章节一致：请把文件命名为 ${value.chapter}.yaml`);
      value.points.forEach((point, i) => {
        const cited = point.cite.flatMap((id, c) => {
          const unit = units.get(id);
          if (!unit) problem(["points", i, "cite", c], `引用的规划单元“${id}”不存在`);
          else if (unit.chapter.document !== document.id) problem(["points", i, "cite", c], `单元 ${id} 不属于这份文件（${document.id}）`);
          return unit ? [unit.text] : [];
        });
        for (const field of ["text", "text_en"] as const) {
          const missing = unsupportedNumbers(point[field], cited, exempt);
          if (missing.length) problem(["points", i, field], `“${field}”里的数字 ${missing.join("、")} 在所引用的规划单元里找不到（易读文字里的每个数字都必须出自引用的原文）`);
        }
      });
    }
    for (const slug of chapterSlugs) {
      if (!covered.has(slug)) problems.push({ file: `content/${document.summaries}`, line: 1, message: `章节“${slug}”还没有易读版：请新建 content/${document.summaries}/${slug}.yaml` });
    }
  }

  // Glossary explanations cite nothing, so their numbers must appear somewhere in the plan or facts.yaml.
  const everything = [...units.values()].map((u) => u.text);
  glossary.value?.entries.forEach((entry, i) => {
    for (const field of ["explain", "explain_en"] as const) {
      const missing = unsupportedNumbers(entry[field], everything, exempt);
      if (missing.length) problems.push({ file: glossary.source.file, line: glossary.source.lineOf(["entries", i, field]), message: `术语“${entry.term}”的解释里的数字 ${missing.join("、")} 在规划和 facts.yaml 里都找不到` });
    }
  });

  for (const figures of plainFigures(input)) {
    const over = plainLanguageProblems(figures.zh, figures.en);
    const source = figures.file === glossary.source.file ? glossary.source : summaries.flatMap((d) => d.files).find((s) => s.source.file === figures.file)?.source;
    for (const message of over) problems.push({ file: figures.file, line: source?.lineOf(figures.file === glossary.source.file ? ["entries"] : ["points"]) ?? 1, message: `易读文字太长：${message}` });
  }
}
