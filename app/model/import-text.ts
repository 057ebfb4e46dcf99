// Turns the plain text of an official document into chapters in the format of content/plan/*.yaml (headings,
// numbered items, paragraphs, tables, the printed contents), with ids that carry the document's prefix, and
// reads what the text prints about the document itself (title, number, date, period, issuers). Pure: text
// in, objects and YAML text out; scripts/content-import.ts reads and writes the files (docs/importing.md).
import type { Repair } from "./fidelity";
import { TASK_HEAD } from "./plan";
import type { PlanChapterInput, PlanSectionInput } from "./schemas";

type Unit = PlanSectionInput["units"][number];

/** What the text prints about the document; what it does not print is left empty, never guessed. */
export interface DocumentMeta {
  title: string;
  documentNumber?: string;
  /** YYYY-MM-DD, or empty. */
  issued: string;
  periodStart?: number;
  periodEnd?: number;
  issuers: string[];
}

export interface ImportedDocument {
  meta: DocumentMeta;
  chapters: PlanChapterInput[];
}

/** An id prefix: it starts every generated id, so it must itself start one. */
export const PREFIX_PATTERN = /^[a-z][a-z0-9]*$/;

/** The default id prefix: the first letter of each word of the document id (hangzhou-disability-plan-2021-2025 → hdp). */
export function defaultPrefix(documentId: string): string {
  const initials = documentId
    .split("-")
    .filter((word) => /^[a-z]/.test(word))
    .map((word) => word[0])
    .join("");
  return initials || "doc";
}

// ---- Lines ----

const CN_NUMBER = "[一二三四五六七八九十百零〇]+";
/** 一、 or 第一章: a chapter of the document. */
const CHAPTER_HEADING = new RegExp(`^(?:${CN_NUMBER}、|第${CN_NUMBER}[章编])\\s*`);
/** (一), （一） or 第一节: a section of a chapter. */
const SECTION_HEADING = new RegExp(`^(?:[(（]${CN_NUMBER}[)）]|第${CN_NUMBER}节)\\s*`);
/** A numbered item starts `N. `; it is a task when it reads `N. 标题。` (TASK_HEAD). */
const ITEM_START = /^(\d+)\.\s/;
/** Running text has clause punctuation; names, dates, titles and captions do not. */
const PROSE = /[，,、；;。！？!?]/;
/** Closing quotes, brackets and emphasis markers that may follow a sentence's last mark. */
const CLOSERS = /[”’"'」』）)】》*\s]+$/;
const SENTENCE_END = /[。！？!?；;：:…]$/;
/** The kinds of official document a title names at its end (…的通知, …规划). */
const DOCUMENT_KIND = /(?:通知|规划|计划|办法|意见|决定|方案|细则|规定|标准|纲要|报告|公告|通告|批复|条例)$/;
const DOCUMENT_NUMBER = /^\S{0,20}[〔［[]\d{4}[〕］\]]\s*\d+\s*号$/;
const DATE_LINE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
const PERIOD = /(\d{4})\s*(?:年)?\s*[-–—－~～至到]+\s*(\d{4})/;

const endsSentence = (text: string) => SENTENCE_END.test(text.replace(CLOSERS, ""));
const isProse = (text: string) => PROSE.test(text);
const itemNumber = (text: string) => {
  const match = ITEM_START.exec(text);
  return match ? Number(match[1]) : undefined;
};
/** A heading is one short line that is not a sentence (（一）适用范围。本通知… is a paragraph). */
const isHeadingLine = (text: string) => text.length <= 40 && !/[。；;！？!?]/.test(text);
/** A short line that names something (a caption, an issuer): no running text, no sentence. */
const isLabel = (text: string, limit = 60) => text.length <= limit && !isProse(text) && !endsSentence(text) && itemNumber(text) === undefined;

/** A title without its bracketed remarks (（2026—2030年）, （虚构，仅用于测试）) and book-title marks. */
const titleCore = (text: string) => text.replace(/[（(][^（）()]*[)）]/g, "").replace(/[《》]/g, "").trim();

/** A document's title: a line naming a kind of document, without running text outside its bracketed remarks. */
const isTitle = (text: string) => text.length <= 80 && !isProse(titleCore(text)) && DOCUMENT_KIND.test(titleCore(text));

/** A covering notice's title (关于印发…的通知) makes a `notice` chapter; other titles a `preface`. */
const isNotice = (title: string) => /通知$/.test(titleCore(title));

// ---- Blocks: each printed line or table, classified ----

interface TextBlock {
  kind: "chapter" | "section" | "title" | "line";
  text: string;
}
interface TableBlock {
  kind: "table";
  caption: string;
  rows: string[][];
}
interface ContentsBlock {
  kind: "contents";
  caption: string;
  entries: [string, string][];
}
type Block = TextBlock | TableBlock | ContentsBlock;

/** The tab-separated lines from `start` on: blank lines do not end a table (a page break may fall inside it). */
function tabRows(lines: string[], start: number): { rows: string[][]; next: number } {
  const rows: string[][] = [];
  let i = start;
  for (; i < lines.length; i++) {
    if (lines[i].includes("\t")) rows.push(lines[i].split("\t").map((cell) => cell.trim()));
    else if (lines[i].trim()) break;
  }
  return { rows, next: i };
}

/** A table, or the printed contents (目录 above two-cell rows); the line right above it is its caption when it is a label. */
function tableBlock(blocks: Block[], rows: string[][]): TableBlock | ContentsBlock {
  const above = blocks.at(-1);
  const caption = above?.kind === "line" && isLabel(above.text) ? above.text : undefined;
  if (caption !== undefined) blocks.pop();
  if (caption !== undefined && caption.replace(/\s+/g, "") === "目录" && rows.every((row) => row.length === 2)) {
    return { kind: "contents", caption, entries: rows.map(([heading, page]) => [heading, page]) };
  }
  return { kind: "table", caption: caption ?? "", rows };
}

function readBlocks(text: string): Block[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const blocks: Block[] = [];
  // Titles are only read before the first chapter heading: inside the body, a line ending 方案 is a caption.
  let inBody = false;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].includes("\t")) {
      const { rows, next } = tabRows(lines, i);
      blocks.push(tableBlock(blocks, rows));
      i = next - 1;
      continue;
    }
    const line = lines[i].trim();
    if (!line) continue;
    if (CHAPTER_HEADING.test(line) && isHeadingLine(line)) {
      blocks.push({ kind: "chapter", text: line });
      inBody = true;
    } else if (SECTION_HEADING.test(line) && isHeadingLine(line)) blocks.push({ kind: "section", text: line });
    else if (!inBody && isTitle(line)) blocks.push({ kind: "title", text: line });
    else blocks.push({ kind: "line", text: line });
  }
  return blocks;
}

// ---- Drafts: chapters and sections with their paragraphs joined ----

interface Paragraph {
  kind: "text";
  text: string;
  /** The item's printed number, when the text starts `N. `. */
  number?: number;
}
type Item = Paragraph | TableBlock | ContentsBlock;
interface DraftSection {
  heading?: string;
  items: Item[];
}
interface DraftChapter {
  kind: "front" | "body" | "appendix";
  heading: string;
  sections: DraftSection[];
}

/** Joins two printed lines of one paragraph: Chinese runs on, but two Latin words or figures keep a space. */
const joinLines = (a: string, b: string) => (/[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b);

/**
 * Whether the printed line at `at` goes on with the paragraph before it rather than starting one. A page break
 * splits a paragraph into two lines: the first then stops mid-sentence. A numbered item also runs on to its
 * list's next item, because a break that fell at a sentence end leaves nothing else to tell it by; a line
 * after a list's last item starts a paragraph of its own.
 */
function continues(previous: Paragraph, blocks: Block[], at: number): boolean {
  const line = (blocks[at] as TextBlock).text;
  if (itemNumber(line) !== undefined) return false;
  if (isProse(previous.text) && !endsSentence(previous.text)) return true;
  return previous.number !== undefined && isProse(line) && nextItemFollows(blocks, at, previous.number);
}

/** Whether item `number + 1` comes after `at` with only printed lines between (no heading, no table). */
function nextItemFollows(blocks: Block[], at: number, number: number): boolean {
  for (const block of blocks.slice(at + 1)) {
    if (block.kind !== "line") return false;
    const next = itemNumber(block.text);
    if (next !== undefined) return next === number + 1;
  }
  return false;
}

/**
 * Tables that end the text, each with its caption (the plan's 主要指标 and 重点建设项目), are appendices: a
 * chapter each. A table followed by anything else belongs to the section it is printed in.
 */
function splitAppendices(blocks: Block[]): { body: Block[]; appendices: TableBlock[] } {
  let end = blocks.length;
  while (end > 0 && blocks[end - 1].kind === "table" && (blocks[end - 1] as TableBlock).caption) end--;
  const hasBody = blocks.slice(0, end).some((block) => block.kind === "chapter");
  return hasBody ? { body: blocks.slice(0, end), appendices: blocks.slice(end) as TableBlock[] } : { body: blocks, appendices: [] };
}

function draftChapters(blocks: Block[]): DraftChapter[] {
  const { body, appendices } = splitAppendices(blocks);
  // What is printed before any title (a masthead: issuers, document number) waits for the first title.
  const lead: DraftChapter = { kind: "front", heading: "", sections: [{ items: [] }] };
  const chapters: DraftChapter[] = [lead];
  const section = () => chapters.at(-1)!.sections.at(-1)!;
  body.forEach((block, at) => {
    switch (block.kind) {
      case "title":
        if (chapters.length > 1 || lead.heading) chapters.push({ kind: "front", heading: block.text, sections: [{ items: [] }] });
        else {
          lead.heading = block.text;
          // Printed after a masthead, the title heads the section it starts, so the masthead keeps its place.
          if (lead.sections.some((s) => s.items.length)) lead.sections.push({ heading: block.text, items: [] });
        }
        return;
      case "chapter":
        chapters.push({ kind: "body", heading: block.text, sections: [{ items: [] }] });
        return;
      case "section":
        chapters.at(-1)!.sections.push({ heading: block.text, items: [] });
        return;
      case "line": {
        const items = section().items;
        const previous = items.at(-1);
        if (previous?.kind === "text" && continues(previous, body, at)) previous.text = joinLines(previous.text, block.text);
        else items.push({ kind: "text", text: block.text, number: itemNumber(block.text) });
        return;
      }
      default:
        section().items.push(block);
    }
  });
  for (const table of appendices) chapters.push({ kind: "appendix", heading: table.caption, sections: [{ items: [table] }] });
  // A chapter heading followed at once by a section heading leaves an empty unheaded section: nothing was printed there.
  for (const chapter of chapters) chapter.sections = chapter.sections.filter((s) => s.heading !== undefined || s.items.length);
  return chapters.filter((chapter) => chapter.heading || chapter.sections.length);
}

// ---- Tasks ----

/**
 * The numbered items that are the document's tasks: the longest run numbered 1, 2, 3… without a gap (it may
 * cross sections and chapters). A task is cited by its number (第12条), so task numbers must be unique in a
 * document; a shorter list that numbers again from 1 (the plan's four 基本原则) stays paragraphs.
 */
function taskItems(chapters: DraftChapter[]): Set<Paragraph> {
  const numbered = chapters
    .flatMap((chapter) => chapter.sections.flatMap((section) => section.items))
    .filter((item): item is Paragraph => item.kind === "text" && item.number !== undefined);
  const runs: Paragraph[][] = [];
  for (const item of numbered) {
    const run = runs.at(-1);
    if (run && item.number === run.at(-1)!.number! + 1) run.push(item);
    else runs.push([item]);
  }
  const longest = runs.reduce<Paragraph[]>((best, run) => (run.length > best.length ? run : best), []);
  return new Set(longest.filter((item) => TASK_HEAD.test(item.text)));
}

// ---- Chapters with ids ----

/** Numbers the units of one document in reading order, each id starting with the document's prefix. */
function idMaker(prefix: string) {
  const counts = { sec: 0, p: 0, t: 0, contents: 0 };
  return {
    section: () => `${prefix}-sec-${++counts.sec}`,
    paragraph: () => `${prefix}-p-${++counts.p}`,
    task: (number: number) => `${prefix}-task-${number}`,
    table: () => `${prefix}-t${++counts.t}`,
    contents: () => `${prefix}-contents-${++counts.contents}`,
  };
}

function toUnit(item: Item, tasks: Set<Paragraph>, ids: ReturnType<typeof idMaker>): Unit {
  switch (item.kind) {
    case "text":
      return tasks.has(item) ? { id: ids.task(item.number!), kind: "task", text: item.text } : { id: ids.paragraph(), kind: "paragraph", text: item.text };
    case "contents":
      return { id: ids.contents(), kind: "contents", caption: item.caption, entries: item.entries };
    case "table": {
      const id = ids.table();
      const [columns = [], ...rows] = item.rows;
      return { id, kind: "table", caption: item.caption, columns, rows: rows.map((cells, r) => ({ id: `${id}-row-${r + 1}`, cells })) };
    }
  }
}

/** Ascii page names: notice and preface for the front matter, chapter-N for 一、二、…, appendix-N for end tables. */
function slugs(chapters: DraftChapter[]): string[] {
  const counts = new Map<string, number>();
  return chapters.map((chapter) => {
    const base = chapter.kind === "front" ? (isNotice(chapter.heading) ? "notice" : "preface") : chapter.kind === "body" ? "chapter" : "appendix";
    const n = (counts.get(base) ?? 0) + 1;
    counts.set(base, n);
    return chapter.kind === "front" && n === 1 ? base : `${base}-${n}`;
  });
}

/** The chapter's name without its printed numbering (一、规划背景 → 规划背景). */
const titleOf = (heading: string) => heading.replace(CHAPTER_HEADING, "").trim() || heading;

// ---- What the text prints about the document ----

/**
 * The issuers named in the masthead (甲 乙 文件, the first printed line) or, failing one, in the signature
 * lines right above the date; none when neither is printed.
 */
function issuersOf(lines: string[], dateAt: number): string[] {
  const masthead = lines[0] ?? "";
  if (/文件$/.test(masthead) && isLabel(masthead)) return masthead.replace(/文件$/, "").trim().split(/\s+/).filter(Boolean);
  const names: string[] = [];
  for (let i = dateAt - 1; i >= 0 && isLabel(lines[i], 30); i--) names.unshift(lines[i]);
  return names;
}

function metaOf(chapters: DraftChapter[]): DocumentMeta {
  const titles = chapters.filter((chapter) => chapter.kind === "front" && chapter.heading).map((chapter) => chapter.heading);
  // A covering notice comes first; the document's own title is the last one of the front matter.
  const title = titles.at(-1) ?? "";
  const lines = chapters.flatMap((chapter) => chapter.sections.flatMap((section) => section.items.flatMap((item) => (item.kind === "text" ? [item.text] : []))));
  const dateAt = lines.findIndex((text) => DATE_LINE.test(text));
  const date = DATE_LINE.exec(lines[dateAt] ?? "");
  const period = PERIOD.exec(title);
  const [start, end] = period ? [Number(period[1]), Number(period[2])] : [];
  return {
    title,
    documentNumber: lines.find((text) => DOCUMENT_NUMBER.test(text)),
    issued: date ? `${date[1]}-${date[2].padStart(2, "0")}-${date[3].padStart(2, "0")}` : "",
    ...(start !== undefined && end !== undefined && start <= end ? { periodStart: start, periodEnd: end } : {}),
    issuers: issuersOf(lines, dateAt),
  };
}

/** The document's chapters (title_en left empty for the editor) and what its text prints about it. */
export function importText(text: string, options: { prefix: string }): ImportedDocument {
  if (!PREFIX_PATTERN.test(options.prefix)) throw new Error(`id prefix must be lower-case letters and digits, starting with a letter: ${options.prefix}`);
  const drafts = draftChapters(readBlocks(text));
  const tasks = taskItems(drafts);
  const ids = idMaker(options.prefix);
  const slugList = slugs(drafts);
  const chapters = drafts.map(
    (draft, c): PlanChapterInput => ({
      slug: slugList[c],
      order: c + 1,
      heading: draft.heading,
      title: draft.kind === "body" ? titleOf(draft.heading) : draft.heading,
      title_en: "",
      sections: draft.sections.map((section) => ({
        id: ids.section(),
        ...(section.heading !== undefined ? { heading: section.heading, title_en: "" } : {}),
        units: section.items.map((item) => toUnit(item, tasks, ids)),
      })),
    }),
  );
  return { meta: metaOf(drafts), chapters };
}

// ---- YAML, in the house style of content/plan ----

const quote = (text: string) => JSON.stringify(text);
const flow = (values: readonly string[]) => `[${values.map(quote).join(", ")}]`;

function unitYaml(unit: Unit): string[] {
  const lines = [`      - id: ${unit.id}`];
  if (unit.kind !== "paragraph") lines.push(`        kind: ${unit.kind}`);
  switch (unit.kind) {
    case "paragraph":
    case "task":
      lines.push(`        text: ${quote(unit.text)}`);
      if (unit.note !== undefined) lines.push(`        note: ${quote(unit.note)}`);
      break;
    case "contents":
      lines.push(`        caption: ${quote(unit.caption)}`, "        entries:", ...unit.entries.map((entry) => `          - ${flow(entry)}`));
      break;
    case "table":
      lines.push(`        caption: ${quote(unit.caption)}`);
      if (unit.row_header !== undefined) lines.push(`        row_header: ${unit.row_header}`);
      lines.push(`        columns: ${flow(unit.columns)}`, "        rows:", ...unit.rows.flatMap((row) => [`          - id: ${row.id}`, `            cells: ${flow(row.cells)}`]));
      break;
  }
  return lines;
}

/** A chapter file's name: its order and slug (01-notice.yaml). */
export const chapterFileName = (chapter: Pick<PlanChapterInput, "order" | "slug">) => `${String(chapter.order).padStart(2, "0")}-${chapter.slug}.yaml`;

/** A chapter file, as content/plan/*.yaml writes one; `source` is the official text's path inside the content root. */
export function chapterYaml(chapter: PlanChapterInput, source: string): string {
  const lines = [
    `# ${chapter.heading || chapter.title}`,
    `# Imported by npm run content:import from ${source} (docs/importing.md).`,
    "# Unit ids are permanent: never renumber them; give a new unit a new id. The editor fills each empty title_en.",
    `slug: ${quote(chapter.slug)}`,
    `order: ${chapter.order}`,
    `heading: ${quote(chapter.heading)}`,
    `title: ${quote(chapter.title)}`,
    `title_en: ${quote(chapter.title_en)}`,
    "sections:",
  ];
  for (const section of chapter.sections) {
    lines.push(`  - id: ${section.id}`);
    if (section.heading !== undefined) lines.push(`    heading: ${quote(section.heading)}`);
    if (section.title_en !== undefined) lines.push(`    title_en: ${quote(section.title_en)}`);
    lines.push("    units:", ...section.units.flatMap(unitYaml));
  }
  return `${lines.join("\n")}\n`;
}

/** Where a document's files live, inside the content root. */
export function documentPaths(id: string) {
  const folder = `documents/${id}`;
  return { folder, document: `${folder}/document.yaml`, source: `${folder}/source.txt`, chapters: `${folder}/chapters`, summaries: `${folder}/summaries` };
}

/** The recorded repairs of a defective source, as document.yaml lists them. */
function repairsYaml(repairs: readonly Repair[]): string[] {
  if (!repairs.length) return [];
  const entries = repairs.flatMap(({ from, to, why }) => [`  - from: ${quote(from)}`, `    to: ${quote(to)}`, `    why: ${quote(why)}`]);
  return ["# Defects of the extracted source that the chapters repair: the only changes to its words (docs/importing.md).", "repairs:", ...entries];
}

/**
 * document.yaml: what the text prints about the document, a comment on each field it leaves to the editor,
 * and the recorded repairs, if any.
 */
export function documentYaml(id: string, meta: DocumentMeta, sourceSha256: string, repairs: readonly Repair[] = []): string {
  const paths = documentPaths(id);
  const period =
    meta.periodStart !== undefined
      ? [`period_start: ${meta.periodStart}`, `period_end: ${meta.periodEnd}`]
      : ["# period_start, period_end: the title prints no span of years (2021–2025); add them only from the document."];
  return [
    `# ${meta.title || id}`,
    "# The document's record, read from its text by npm run content:import (docs/importing.md).",
    `id: ${id}`,
    `title: ${quote(meta.title)}${meta.title ? "" : "  # no title could be read from the text: the editor fills it as printed"}`,
    'title_en: ""  # the editor fills it; npm run content:check refuses it empty',
    'short_title_en: ""  # how English running text names it ("the Hangzhou plan for disability services")',
    'called: ""  # what Chinese running text calls it: 规划, 通知, 办法…',
    'called_en: ""  # the same in English: plan, notice, measures…',
    meta.documentNumber !== undefined ? `document_number: ${quote(meta.documentNumber)}` : "# document_number: no line of the text prints one (〔yyyy〕N号).",
    `issued: ${quote(meta.issued)}${meta.issued ? "" : "  # no date line (2021年6月18日) in the text: the editor fills it, YYYY-MM-DD"}`,
    ...period,
    `issuers: ${flow(meta.issuers)}${meta.issuers.length ? "" : "  # not clear from the text: the editor names them"}`,
    "language: zh-CN",
    `source: ${paths.source}`,
    `source_sha256: ${sourceSha256}`,
    `chapters: ${paths.chapters}`,
    `summaries: ${paths.summaries}  # one plain summary (易读版) per chapter, as for the plan (docs/editing.md)`,
    ...repairsYaml(repairs),
    "",
  ].join("\n");
}
