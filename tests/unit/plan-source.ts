// The project's own copy of the official plan text, and what its record in the document registry says about
// it: the repairs, the page titles that are not printed text, and the editorial notes. Both fidelity checks use it: the files
// (tests/unit/plan-fidelity.test.ts) and the rendered pages (tests/e2e/fidelity.spec.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

/** What the plan's record in the document registry says about its published text (decision 0002). */
interface PlanRecord {
  source: string;
  repairs: { from: string; to: string; why: string }[];
  page_titles: Record<string, string>;
  notes: Record<string, string>;
}

const RECORD = "documents/hangzhou-disability-plan-2021-2025/document.yaml";
const record = parse(readFileSync(join(process.cwd(), "content", RECORD), "utf8")) as PlanRecord;

/** Where the official text is kept, inside the content root. */
export const SOURCE_FILE = record.source;

/**
 * Defects of the extracted source that the published text repairs: the only changes to the words. Paragraphs
 * split by page breaks need no entry: line breaks are whitespace, and whitespace is not compared.
 */
export const REPAIRS = record.repairs;

/** Chapter headings that are the site's page titles and are not printed (decision 0002). */
export const PAGE_TITLES = record.page_titles;

/** Editorial notes shown after a unit's text, by unit id: the only words the plan files add (decision 0002). */
export const NOTES = record.notes;

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
