// The validated content model and the lookups pages need. Shared by server code and tests (no file system).
import type { ContentProblem } from "./problems";
import type { SitePaths } from "./site-paths";
import type { PlainSummary, ProsePage, Redirect, Facts, FaqEntry, GlossaryEntry, OfficialDocument, PlanChapter, PlanSection, PlanUnit, Service, Subsidy, TaskUnit, TableUnit } from "./schemas";

/** Anything a citation, a search hit or a link can point at: a paragraph, a task, a table row. */
export interface CitableUnit {
  id: string;
  kind: "paragraph" | "task" | "row";
  chapter: PlanChapter;
  section: PlanSection;
  /** Plain text of the unit as printed (table rows: cells joined by a space). */
  text: string;
  task?: TaskUnit;
  table?: TableUnit;
}

/** An official document of the registry, with the path its pages live under and its chapters in order. */
export type SiteDocument = Omit<OfficialDocument, "chapters"> & { base: string; chapters: PlanChapter[] };

export interface ContentModel {
  /** The official documents, in the order they were issued. */
  documents: SiteDocument[];
  /** Every document's chapters, document by document. */
  chapters: PlanChapter[];
  facts: Facts;
  glossary: GlossaryEntry[];
  subsidies: Subsidy[];
  services: Service[];
  faq: FaqEntry[];
  /** Plain summaries (易读版) by summaryKey(document, chapter slug). */
  summaries: Map<string, PlainSummary>;
  units: Map<string, CitableUnit>;
  /** Problems that do not stop a build (a passed review date), for content:check to print. */
  warnings: ContentProblem[];
  /** Prose pages by name (content/pages/accessibility.yaml → "accessibility"). */
  pages: Map<string, { zh: ProsePage; en: ProsePage }>;
  /** Renamed and removed addresses (content/redirects.yaml). */
  redirects: Redirect[];
  /** English search words by plan unit id (content/plan-english.yaml), for English searches only. */
  planEnglish: Map<string, string>;
  /** What the figures of the plan's running text measure, by their English names (content/plan-measures.yaml). */
  planMeasures: { unit: string; zh: string; en: string[]; row?: boolean }[];
  /** What exists on the site, for link checks and the published-address record. */
  site: SitePaths;
  /** Short hash of every content file: pages and search always report the version they come from. */
  version: string;
}

export const TASK_HEAD = /^(\d+)\. ([^。]+)。/;

export function chapterUrl(chapter: Pick<PlanChapter, "slug" | "base">): string {
  return `${chapter.base}/${chapter.slug}`;
}

/** How a chapter's plain summary is found: chapter slugs are unique within their document only. */
export function summaryKey(document: string, slug: string): string {
  return `${document}/${slug}`;
}

export function unitUrl(unit: Pick<CitableUnit, "id" | "chapter">): string {
  return `${chapterUrl(unit.chapter)}#${unit.id}`;
}

export function subsidyUrl(subsidy: Pick<Subsidy, "id">): string {
  return `/subsidies/${subsidy.id}`;
}

export function serviceUrl(service: Pick<Service, "id">): string {
  return `/services/${service.id}`;
}

export function faqUrl(entry: Pick<FaqEntry, "id">): string {
  return `/faq#${entry.id}`;
}

/** Removes the inline emphasis markers (**…**) the plan's text carries. */
export function plainText(text: string): string {
  return text.replace(/\*\*/g, "");
}

export function indexUnits(chapters: PlanChapter[]): Map<string, CitableUnit> {
  const units = new Map<string, CitableUnit>();
  for (const chapter of chapters) {
    for (const section of chapter.sections) {
      for (const unit of section.units) {
        for (const citable of citableParts(unit, chapter, section)) units.set(citable.id, citable);
      }
    }
  }
  return units;
}

function citableParts(unit: PlanUnit, chapter: PlanChapter, section: PlanSection): CitableUnit[] {
  switch (unit.kind) {
    case "paragraph":
      return [{ id: unit.id, kind: "paragraph", chapter, section, text: plainText(unit.text) }];
    case "task":
      return [{ id: unit.id, kind: "task", chapter, section, text: plainText(unit.text), task: unit }];
    case "table":
      return unit.rows.map((row) => ({
        id: row.id,
        kind: "row" as const,
        chapter,
        section,
        table: unit,
        // Each cell with its column name, so "2025年 目标值：≥99%" can be quoted, searched and read.
        text: unit.columns.map((c, i) => (row.cells[i] ? `${c}：${row.cells[i]}` : "")).filter(Boolean).join("；"),
      }));
    case "contents":
      return [];
  }
}

/** A table row's own name: its row-header cell, else its first filled cell (empty if it has none). */
export function rowName(unit: Pick<CitableUnit, "id" | "table">): string {
  const row = unit.table?.rows.find((r) => r.id === unit.id);
  return row?.cells[unit.table?.row_header ?? 0] || row?.cells.find(Boolean) || "";
}

/** A row's name as the measure people ask about: without its printed number or unit ("1. 就业率(%)" → "就业率"). */
export function rowMeasure(unit: Pick<CitableUnit, "id" | "table">): string {
  return rowName(unit).replace(/^\d+\.\s*|\(%\)$/g, "");
}

/**
 * A table row as a sentence that can be read out: its name, then each other cell with its column header
 * ("重度残疾人护理补贴覆盖率：属性 约束性，2020年 基期值 99%，2025年 目标值 ≥99%，备注 全国指标。").
 * A column that only numbers the rows (1, 2, 3…, a total row's empty cell aside) or only sorts them into two
 * kinds is left out; empty cells are skipped.
 */
export function rowSentence(unit: Pick<CitableUnit, "id" | "table">): string {
  const table = unit.table;
  const row = table?.rows.find((r) => r.id === unit.id);
  if (!table || !row) return "";
  const header = table.row_header ?? 0;
  // A total row with an empty number cell ("合计") does not stop a column from only numbering the rows.
  const numbersRows = (col: number) => table.rows.filter((r) => r.cells[col]).every((r, i) => r.cells[col] === String(i + 1));
  // A column that only sorts many rows into two kinds (属性: 约束性/预期性) is a label, not a figure: left out.
  const labelsRows = (col: number) => {
    const filled = table.rows.map((r) => r.cells[col]).filter(Boolean);
    return filled.length >= 5 && new Set(filled).size <= 2;
  };
  // Read out, a row's own list number ("13. ") is noise, and a name's "(%)" says its figures are percentages:
  // they are said with their sign ("≥85" in a "…率(%)" row is "≥85%").
  const name = rowName(unit).replace(/^\d+\.\s*/, "");
  const percent = /[(（]%[)）]$/.test(name);
  const value = (cell: string) => (percent && /\d$/.test(cell) ? `${cell}%` : cell);
  const parts = table.columns.flatMap((column, col) => (col === header || numbersRows(col) || labelsRows(col) || !row.cells[col] ? [] : [`${column} ${value(row.cells[col])}`]));
  return `${name.replace(/[(（]%[)）]$/, "")}：${parts.join("，")}。`;
}

/**
 * Whether a unit reports results of the period before the plan (the review of 2016–2020, "十三五…回顾", with
 * its table): such text is past, and is framed as past wherever it is quoted.
 */
export function reportsPast(unit: Pick<CitableUnit, "section">): boolean {
  return unit.section.heading?.includes("回顾") ?? false;
}

// How people ask for a column without its header's word: 实际完成 is the result, 多大 the floor area, and
// "现在才多少，要到多少" the base year the plan starts from and its target.
const SAID: Record<string, RegExp> = { 属性: /属性|约束性|预期性|约束(指标)?|硬性|指导性|强制(性)?|binding|indicative|mandatory|compulsory/i, 基期: /基期|baseline|base year|starting (point|figure|value|level)|where (did|does) it start|起点|起始值|(现在|目前|眼下|如今)(才|是|有)?(多少|几)|\b(right now|currently|at the moment)\b/i, 实现: /实现|实际|完成了?多少|(涨|增长|增加|提高|提升)了(多少|几)|做到了?(多少|几)|做到了|达到了?(多少|几)|(最后|最终|结果)(是|达到了?|做到了?|完成了?)|(超|达|完成)没(超|达|完成)|有没有(达到|完成|超过|超)|是否(达到|完成|超过)|达到.{0,3}目标|达标|超额|achieved|actual|did (it|they|the city|hangzhou) (meet|reach|hit|exceed|beat)|(met|reached|hit|exceeded|beat) (the |its )?(target|goal)|(compared (with|to)|versus|\bvs\.?|against) (the |its )?(target|goal)|(跟|和|与|同)目标(比|相比|对比)|比目标|(十三五|2020\s*年?)(末|底|结束时|的时候)/i, 面积: /面积|多大|平方|floor area|how (big|large)/i, 投资: /投资|造价|花了?多少|多少钱|cost|invest/i, 目标: /目标|target|定(了)?(个|的)?(具体)?(多少|百分比|比例|数字?)|要(达到|提高到|提到|增长到|涨到|到)(多少|几)|(末|底)要?(达到|到)(多少|几)|(should|will|is to) (be|reach|get to|rise to)\b/i, 功能: /功能|干什么|做什么|干啥|做啥|干嘛|(什么|啥)用|(用来|用于)(干|做)?|用途|作用|what .{0,30}\bfor\b|purpose|\bused\b/i, 内容: /内容|包括什么|有哪些/i, 备注: /备注|怎么算|如何计算|计算|口径|算法|calculated|formula/i };

/**
 * The columns of a table row a question asks for: those whose header shares a word with the question
 * (目标值, 基期值, 面积, 投资, 实现值…). Empty when the question names none of them.
 */
function columnsAsked(unit: Pick<CitableUnit, "id" | "table">, question: string): number[] {
  const table = unit.table;
  const row = table?.rows.find((r) => r.id === unit.id);
  if (!table || !row) return [];
  // The row's own name is not a column asked for: "低保目标人群覆盖率" names a measure, not its target.
  const asked = question.replace(rowMeasure(unit), "").replace(/目标人群/g, "");
  const words = (header: string) => header.match(/目标|基期|实现|面积|投资|内容|功能|级别|属性|备注|\d{4}年/g) ?? [];
  const columns = (wanted: (header: string) => boolean) =>
    table.columns.flatMap((column, col) => (row.cells[col] && col !== (table.row_header ?? 0) && wanted(column) ? [col] : []));
  // A year is said with or without 年 ("2020年", "in 2020").
  const said = (w: string) => (SAID[w] ?? new RegExp(w.replace(/年$/, ""))).test(asked);
  // A column named by its kind (实现, 目标) before one named only by its year: "2020年实现了多少" is the result.
  const byKind = columns((column) => words(column).some((w) => !/\d/.test(w) && said(w)));
  const byYear = columns((column) => words(column).some((w) => /\d/.test(w) && said(w)));
  // …unless the question names two years the columns are of ("2020年多少，2025年目标多少"), or a kind and
  // another year ("现在才多少，2025年要到多少"): both are asked.
  const yearOf = (col: number) => table.columns[col].match(/\d{4}/)?.[0];
  const years = new Set(byYear.map(yearOf));
  const otherYear = byYear.filter((col) => !byKind.some((k) => yearOf(k) === yearOf(col)));
  const named = byKind.length && years.size < 2 && !otherYear.length ? byKind : byKind.length ? [...new Set([...byKind, ...byYear])].sort((a, b) => a - b) : columns((column) => words(column).some(said));
  // "从多少提到多少" asks where a figure starts and where it is to be.
  if (!named.length && /从(多少|几).{0,8}(到|提到|提高到|增加到|增长到)(多少|几)|from .{0,20} to (what|how)/i.test(asked)) return columns((column) => /基期|目标/.test(column));
  if (named.length || !/多少|几|比例|how (many|much)|what (share|rate|percentage)/i.test(asked)) return named;
  // A figure asked for without naming the column: what a plan is to reach ("要到多少") is its target; what
  // was reached ("达到了多少", "十三五") is the result or the base year.
  const reached = /了|实际|实现|完成|当时|十三五|2020|20(1\d)|achieved|was|were/i.test(asked);
  return columns((column) => (reached ? /实现|基期/.test(column) : /目标/.test(column)));
}

/** The cells of a table row a question asks for, each with its column header ("总投资 (万元) 18500"). */
export function rowCellsAsked(unit: Pick<CitableUnit, "id" | "table">, question: string): string[] {
  const row = unit.table?.rows.find((r) => r.id === unit.id);
  return columnsAsked(unit, question).map((col) => `${unit.table!.columns[col]} ${row!.cells[col]}`);
}

/** A figure of a table row, read from its column header: "2025年 目标值" → 2025, 目标值; "总投资 (万元)" → 总投资, 万元. */
export interface RowFigure {
  year?: string;
  kind: string;
  /** The cell as printed, a measure's "(%)" carried onto it ("≥98" → "≥98%"). */
  value: string;
  measure?: string;
}

/** The row's own name without its number and "(%)": "16. 残疾人社区活动参与率(%)" → "残疾人社区活动参与率". */
export function rowTitle(unit: Pick<CitableUnit, "id" | "table">): string {
  return rowName(unit).replace(/^\d+\.\s*/, "").replace(/\(%\)$/, "");
}

/** The figures a question asks of a table row (else every figure of it), each with what its header says. */
export function rowFigures(unit: Pick<CitableUnit, "id" | "table">, question: string): RowFigure[] {
  const table = unit.table;
  const row = table?.rows.find((r) => r.id === unit.id);
  if (!table || !row) return [];
  const percent = /\(%\)$/.test(rowName(unit));
  const figures = table.columns.flatMap((column, col) => (col !== (table.row_header ?? 0) && /\d/.test(row.cells[col] ?? "") && /目标|基期|实现|面积|投资/.test(column) ? [col] : []));
  const asked = columnsAsked(unit, question);
  return (asked.length ? asked : figures).map((col) => {
    const [, year, kind, measure] = table.columns[col].match(/^(?:(\d{4})年\s*)?(.*?)\s*(?:\((.+)\))?$/)!;
    const value = percent && /\d$/.test(row.cells[col]) ? `${row.cells[col]}%` : row.cells[col];
    return { year, kind, value, measure: measure === "%" ? undefined : measure };
  });
}

/**
 * A table row's answer to a question as a plain sentence: the cells asked for (else every figure of the
 * row), each named by its column header with the header's unit moved after the figure ("杭州康复医院的建筑面积是
 * 30500 平方米。", "重度残疾人护理补贴覆盖率的 2025 年目标值是不低于 99%。"). Every figure is the row's own.
 */
export function rowSpoken(unit: Pick<CitableUnit, "id" | "table">, question: string): string {
  const parts = rowFigures(unit, question).map((f) => {
    const value = f.value.replace(/^≥\s*/, "不低于 ");
    return `${f.year ? `${f.year} 年` : ""}${f.kind}是${/^\d/.test(value) ? " " : ""}${value}${f.measure ? ` ${f.measure}` : ""}`;
  });
  return parts.length ? `${rowTitle(unit)}的${/^\d/.test(parts[0]) ? " " : ""}${parts.join("，")}。` : "";
}

/** 1-based position of a paragraph among its section's paragraphs ("第2段"). */
export function paragraphNumber(unit: Pick<CitableUnit, "id" | "section">): number {
  return unit.section.units.filter((u) => u.kind === "paragraph").findIndex((u) => u.id === unit.id) + 1;
}
