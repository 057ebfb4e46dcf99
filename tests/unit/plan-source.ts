// The project's own copy of the official plan text, and what is recorded about it: the repairs, the page
// titles that are not printed text, and the editorial notes. Both fidelity checks use it: the files
// (tests/unit/plan-fidelity.test.ts) and the rendered pages (tests/e2e/fidelity.spec.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Where the official text is kept, inside the content root. */
export const SOURCE_FILE = "source/hangzhou-disability-plan-2021-2025.txt";

/**
 * Defects of the extracted source that the published text repairs: the only changes to the words, recorded in
 * docs/decisions/0002-content-format-and-ids.md. Paragraphs split by page breaks need no entry: line breaks
 * are whitespace, and whitespace is not compared.
 */
export const REPAIRS: { from: string; to: string; why: string }[] = [
  { from: "市级残\n\n残疾人综合服务中心", to: "市级残疾人综合服务中心", why: "“残” printed twice across a page break" },
  { from: "明确目标 and 责任", to: "明确目标和责任", why: "“和” extracted as “and”" },
  { from: "\n指标(%)\t2020年 目标值\t2020年 实现值\t属性\n", to: "\n", why: "the 十三五 table's header row, printed again after a page break" },
];

/** Chapter headings that are the site's page titles and are not printed (docs/decisions/0002). */
export const PAGE_TITLES: Record<string, string> = { notice: "印发通知" };

/** Editorial notes shown after a unit's text, by unit id: the only words the plan files add (decision 0002). */
export const NOTES: Record<string, string> = { "task-13": "原文如此" };

/** The official text with the recorded repairs made; throws if a repair no longer matches exactly once. */
export function repairedSource(text: string): string {
  for (const { from, to, why } of REPAIRS) {
    const count = text.split(from).length - 1;
    if (count !== 1) throw new Error(`recorded repair (${why}) matches the source ${count} times, not once: ${JSON.stringify(from)}`);
    text = text.replace(from, to);
  }
  return text;
}

/** The official text as kept in content/source, repaired. */
export function readRepairedSource(contentDir = join(process.cwd(), "content")): string {
  return repairedSource(readFileSync(join(contentDir, SOURCE_FILE), "utf8"));
}
