// Checks on derived content (subsidies, services): every quote is really in the unit it cites, every
// number in plain-language text appears in those units, districts are real, ids are unique.
import { basename } from "node:path";
import { unsupportedNumbers } from "./numbers";
import { richPlainText } from "./rich-text";
import { sitePathExists, type SitePaths } from "./site-paths";
import type { CitableUnit } from "./plan";
import type { ContentProblem, YamlSource } from "./problems";
import type { Facts, FaqEntry, OfficialDocument, Service, Subsidy } from "./schemas";

interface Loaded<T> {
  value?: T;
  source: YamlSource;
}

// Quotes are compared ignoring spacing and the width of punctuation, as the plan's text mixes both.
const WIDE: Record<string, string> = { "，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?" };
const loose = (s: string) => s.replace(/[，；：（）！？]/g, (c) => WIDE[c]).replace(/\s+/g, "").replace(/\*\*/g, "");

const DERIVED_FIELDS = ["summary", "summary_en", "who", "who_en", "gives", "gives_en", "plan_says", "plan_says_en", "functions", "functions_en", "details", "details_en"] as const;

export interface DerivedInput {
  units: Map<string, CitableUnit>;
  facts: Facts;
  documents: Pick<OfficialDocument, "period_start" | "period_end" | "issued">[];
  subsidies: Loaded<Subsidy>[];
  services: Loaded<Service>[];
  faqFiles: Loaded<{ entries: Omit<FaqEntry, "topic">[] }>[];
  planIds: Set<string>;
  site: SitePaths;
}

/** Numbers the outside facts allow anywhere: 12345, 0571, 110, 120, grades 1–4, the documents' years and dates. */
export function exemptNumbers(facts: Facts, documents: Pick<OfficialDocument, "period_start" | "period_end" | "issued">[]): string[] {
  return [
    facts.hotline.number,
    facts.hotline.from_outside,
    ...facts.emergency.map((e) => e.number),
    "1 2 3 4",
    ...documents.flatMap((d) => [String(d.period_start), String(d.period_end), d.issued]),
    "26341 2010 2015 52",
  ];
}

/** Checks the quotes of one entry; returns the text of the units it cites. */
function checkQuotes(
  quotes: { document: string; unit: string; quote: string }[],
  units: Map<string, CitableUnit>,
  problem: (path: (string | number)[], message: string) => void,
  prefix: (string | number)[] = [],
): string[] {
  const cited: string[] = [];
  quotes.forEach((q, i) => {
    const unit = units.get(q.unit);
    if (!unit) return problem([...prefix, "quotes", i, "unit"], `引用的规划单元“${q.unit}”不存在`);
    if (unit.chapter.document !== q.document) return problem([...prefix, "quotes", i, "document"], `单元 ${q.unit} 不属于文件“${q.document}”，而属于“${unit.chapter.document}”`);
    cited.push(unit.text);
    if (!loose(unit.text).includes(loose(q.quote))) problem([...prefix, "quotes", i, "quote"], `引文不在单元 ${q.unit} 的原文里（引文必须逐字照录）`);
  });
  return cited;
}

export function checkDerived({ units, facts, documents, subsidies, services, faqFiles, planIds, site }: DerivedInput, problems: ContentProblem[]): void {
  const seen = new Map<string, string>();
  const districts = new Set(facts.districts.map((d) => d.name));
  const exempt = exemptNumbers(facts, documents);
  const all: { loaded: Loaded<Subsidy | Service>; kind: string }[] = [
    ...subsidies.map((loaded) => ({ loaded, kind: "补贴" })),
    ...services.map((loaded) => ({ loaded, kind: "服务" })),
  ];
  for (const { loaded, kind } of all) {
    const item = loaded.value;
    if (!item) continue;
    const { source } = loaded;
    const problem = (path: (string | number)[], message: string) => problems.push({ file: source.file, line: source.lineOf(path), message });

    if (basename(source.file).replace(/\.ya?ml$/, "") !== item.id) problem(["id"], `文件名应与编号一致：请把文件命名为 ${item.id}.yaml`);
    const before = seen.get(item.id);
    if (before || planIds.has(item.id)) problem(["id"], `${kind}编号“${item.id}”重复（${before ? `已在 ${before} 使用` : "与规划原文的编号相同"}）`);
    else seen.set(item.id, `${source.file}:${source.lineOf(["id"])}`);

    const cited = checkQuotes(item.quotes, units, problem);
    if ("where" in item) {
      item.where.forEach((w, i) => {
        if (!units.has(w.unit)) problem(["where", i, "unit"], `“${w.name}”引用的规划单元“${w.unit}”不存在`);
      });
    }
    if ("district" in item && item.district && !districts.has(item.district)) {
      problem(["district"], `区县“${item.district}”不在 facts.yaml 的区县名单里`);
    }
    for (const field of DERIVED_FIELDS) {
      const text = (item as Partial<Record<(typeof DERIVED_FIELDS)[number], string>>)[field];
      if (!text) continue;
      const missing = unsupportedNumbers(richPlainText(text), cited, exempt);
      if (missing.length) problem([field], `“${field}”里的数字 ${missing.join("、")} 在所引用的规划单元里找不到（派生文字里的每个数字都必须出自引用的原文）`);
    }
  }

  // FAQ entries: the same quote and number rules, and related links that lead somewhere on the site.
  for (const { value, source } of faqFiles) {
    value?.entries.forEach((entry, e) => {
      const at = ["entries", e];
      const problem = (path: (string | number)[], message: string) => problems.push({ file: source.file, line: source.lineOf(path), message });
      const before = seen.get(entry.id);
      if (before || planIds.has(entry.id)) problem([...at, "id"], `问答编号“${entry.id}”重复（${before ? `已在 ${before} 使用` : "与规划原文的编号相同"}）`);
      else seen.set(entry.id, `${source.file}:${source.lineOf([...at, "id"])}`);
      const cited = checkQuotes(entry.quotes, units, problem, at);
      for (const field of ["answer", "answer_en"] as const) {
        const missing = unsupportedNumbers(entry[field], cited, exempt);
        if (missing.length) problem([...at, field], `“${field}”里的数字 ${missing.join("、")} 在所引用的规划单元里找不到（答案里的每个数字都必须出自引用的原文）`);
      }
      entry.related.forEach((path, r) => {
        if (!sitePathExists(path, site)) problem([...at, "related", r], `相关链接“${path}”指向的页面或段落不存在`);
      });
    });
  }
}
