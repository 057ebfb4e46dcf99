// Reads and validates everything under content/; the only module that reads content files (through a
// ContentSource: the directory on disk, or the same files in memory for tests).
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import { diskSource, type ContentSource } from "./content-source.server";
import { ContentError, YamlSource, type ContentProblem } from "./problems";
import { factsSchema, glossarySchema, planEnglishSchema, type PlanEnglish, planMeasuresSchema, type PlanMeasures, termbaseSchema, type Term, planChapterSchema, serviceSchema, subsidySchema, faqFileSchema, prosePageSchema, redirectsSchema, type ProsePage, summarySchema, type Redirect, type PlainSummary, type FaqEntry, type GlossaryEntry, type Service, type Subsidy, type Facts, type PlanChapter, type PlanChapterInput, type PlanUnit, documentSchema, type OfficialDocument } from "./schemas";
import { TASK_HEAD, chapterUrl, indexUnits, summaryKey, type CitableUnit, type ContentModel, type SiteDocument } from "./plan";
import { checkDerived } from "./derived-checks";
import { checkFidelity } from "./fidelity";
import { checkPlain } from "./summary-checks";
import { lintDerived } from "./editorial-lint";
import { checkTermbase } from "./termbase";
import { checkQualifiers } from "./qualifiers";
import { checkGlossaryWording } from "./glossary-wording";
import { checkPlaceholders } from "./placeholders";
import { checkSaid } from "./said";
import { checkMeasures } from "./measures-check";
import type { SitePaths } from "./site-paths";
import { PUBLISHED_FILE, checkPublished } from "./published";
import { settings } from "~/lib/settings.server";

// CONTENT_DIR lets a test (or a preview) serve a copy of the content.
/** The content folder: CONTENT_DIR, else ./content. */
export function contentDir(): string {
  return settings().CONTENT_DIR ?? join(process.cwd(), "content");
}

interface Loaded<T> {
  value?: T;
  source: YamlSource;
}

/** The text of a file the content must have. */
function required(from: ContentSource, path: string): string {
  const text = from.read(path);
  if (text === undefined) throw new Error(`ENOENT: no such content file, ${from.shown(path)}`);
  return text;
}

function readYaml<T>(
  from: ContentSource,
  path: string,
  text: string,
  parse: (data: unknown) => { success: true; data: T } | { success: false; error: { issues: import("zod").ZodIssue[] } },
  problems: ContentProblem[],
): Loaded<T> {
  const source = new YamlSource(from.shown(path), text);
  const syntax = source.syntaxProblems();
  if (syntax.length) {
    problems.push(...syntax);
    return { source };
  }
  const result = parse(source.doc.toJS());
  if (!result.success) {
    problems.push(...source.zodProblems(result.error.issues));
    return { source };
  }
  return { value: result.data, source };
}

/** Reads the task number and title from the verbatim text, so they can never disagree with it. */
function withTaskHeads(chapter: PlanChapterInput, document: SiteDocument): PlanChapter {
  return {
    ...chapter,
    document: document.id,
    base: document.base,
    sections: chapter.sections.map((section) => ({
      ...section,
      units: section.units.map((unit): PlanUnit => {
        if (unit.kind !== "task") return unit;
        const head = TASK_HEAD.exec(unit.text);
        return { ...unit, number: Number(head?.[1]), title: head?.[2] ?? "" };
      }),
    })),
  };
}

/** Ids must be unique across the whole site: they are URL fragments, citations and search document ids. */
function checkIds(documents: LoadedDocument[], problems: ContentProblem[]) {
  // Ids are unique across the site (each is a URL fragment, a citation and a search document id); chapter
  // slugs and task numbers only within their document.
  const seen = new Map<string, string>();
  const claim = (id: string, source: YamlSource, path: (string | number)[], what: string) => {
    const here = `${source.file}:${source.lineOf(path)}`;
    const before = seen.get(id);
    if (before) problems.push({ file: source.file, line: source.lineOf(path), message: `${what}编号“${id}”重复（已在 ${before} 使用）。每个编号必须唯一。` });
    else seen.set(id, here);
  };
  for (const document of documents) {
    const taskNumbers = new Map<number, string>();
    for (const { value: chapter, source } of document.chapters) {
      if (!chapter) continue;
      claim(`chapter:${document.folder}/${chapter.slug}`, source, ["slug"], "章节");
      chapter.sections.forEach((section, s) => {
        claim(section.id, source, ["sections", s, "id"], "小节");
        section.units.forEach((unit, u) => {
          const path = ["sections", s, "units", u];
          claim(unit.id, source, [...path, "id"], "单元");
          if (unit.kind === "table") unit.rows.forEach((row, r) => claim(row.id, source, [...path, "rows", r, "id"], "表格行"));
          if (unit.kind === "task") {
            const n = Number(TASK_HEAD.exec(unit.text)?.[1]);
            const before = taskNumbers.get(n);
            if (before) problems.push({ file: source.file, line: source.lineOf([...path, "text"]), message: `任务序号 ${n} 重复（已在 ${before} 使用）` });
            else taskNumbers.set(n, `${source.file}:${source.lineOf([...path, "text"])}`);
          }
        });
      });
    }
  }
}

/** The document registry: one folder per official document (content/documents/<id>/document.yaml). */
const DOCUMENTS = "documents";

/** One document as read: its record, and its chapter and summary files. */
interface LoadedDocument {
  folder: string;
  record: Loaded<OfficialDocument>;
  chapters: Loaded<PlanChapterInput>[];
  summaries: Loaded<PlainSummary>[];
}

/** Reads every document of the registry; checks that each names its folder and that its source is the one recorded. */
function readDocuments(from: ContentSource, read: <T>(path: string, parse: Parameters<typeof readYaml<T>>[3]) => Loaded<T>, problems: ContentProblem[]): LoadedDocument[] {
  const documents = from.folders(DOCUMENTS).map((path): LoadedDocument => {
    const folder = basename(path);
    const record = read<OfficialDocument>(`${path}/document.yaml`, (d) => documentSchema.safeParse(d));
    const doc = record.value;
    const problem = (field: string, message: string) => problems.push({ file: record.source.file, line: record.source.lineOf([field]), message });
    if (doc && doc.id !== folder) problem("id", `id 应与文件夹名一致：${folder}`);
    if (doc) {
      const text = from.read(doc.source);
      if (text === undefined) problem("source", `找不到原文文件 content/${doc.source}`);
      else if (createHash("sha256").update(text).digest("hex") !== doc.source_sha256) problem("source_sha256", `原文文件 content/${doc.source} 与记录的 SHA-256 不一致：原文是否被改过？`);
    }
    return {
      folder,
      record,
      chapters: doc ? from.yamlFiles(doc.chapters).map((file) => read<PlanChapterInput>(file, (d) => planChapterSchema.safeParse(d))) : [],
      summaries: doc ? from.yamlFiles(doc.summaries).map((file) => read<PlainSummary>(file, (d) => summarySchema.safeParse(d))) : [],
    };
  });
  if (!documents.length) problems.push({ file: from.shown(DOCUMENTS), line: 1, message: "没有任何文件：请在 content/documents/<编号>/document.yaml 登记至少一份正式文件" });
  const ids = new Set(documents.map((d) => d.record.value?.id));
  for (const { record } of documents) {
    const by = record.value?.replaced_by;
    if (by && (by === record.value?.id || !ids.has(by))) problems.push({ file: record.source.file, line: record.source.lineOf(["replaced_by"]), message: `replaced_by 应是另一份已登记文件的编号，没有“${by}”` });
  }
  return documents;
}

/** The chapter files of a document against its official text (app/model/fidelity.ts). */
function documentFidelity(from: ContentSource, document: OfficialDocument, files: Loaded<PlanChapterInput>[]): ContentProblem[] {
  const text = from.read(document.source);
  if (text === undefined) return [];
  return checkFidelity({
    source: { file: from.shown(document.source), text },
    repairs: document.repairs ?? [],
    pageTitles: document.page_titles ?? {},
    notes: document.notes ?? {},
    chapters: files.map((f) => ({ file: f.source.file, text: f.source.text })),
    label: document.called,
  });
}

/** Documents in the order they were issued, each with the path its pages live under. */
function siteDocuments(documents: LoadedDocument[]): SiteDocument[] {
  return documents
    .map(({ record }) => record.value as OfficialDocument)
    .sort((a, b) => a.issued.localeCompare(b.issued) || a.id.localeCompare(b.id))
    .map((doc) => ({ ...doc, base: doc.path ?? `/${DOCUMENTS}/${doc.id}`, chapters: [] as PlanChapter[] }));
}

/** Every id the plan files claim (chapters' sections, units, rows), for clash checks with other kinds. */
function collectPlanIds(chapters: Loaded<PlanChapterInput>[]): Set<string> {
  const ids = new Set<string>();
  for (const { value } of chapters) {
    for (const section of value?.sections ?? []) {
      ids.add(section.id);
      for (const unit of section.units) {
        ids.add(unit.id);
        if (unit.kind === "table") for (const row of unit.rows) ids.add(row.id);
      }
    }
  }
  return ids;
}

/** English search words for the plan (optional: without it English searches use the glossary alone). */
const PLAN_ENGLISH_FILE = "plan-english.yaml";
/** English names of the plan's figures (optional: without it English questions are read word by word). */
const PLAN_MEASURES_FILE = "plan-measures.yaml";

export interface LoadOptions {
  /** YYYY-MM-DD; review dates before it are reported (today by default). */
  today?: string;
  /** Where /images/… files live (public/ by default). */
  publicDir?: string;
  /** Whether a file such as "/images/entrance.png" is in publicDir; by default, whether it is on disk there. */
  publicFileExists?: (path: string) => boolean;
}

/** Loads and validates the content (a directory, or a ContentSource); throws ContentError listing every problem found. */
export function loadContent(dir: string | ContentSource = contentDir(), options: LoadOptions = {}): ContentModel {
  const from = typeof dir === "string" ? diskSource(dir) : dir;
  const problems: ContentProblem[] = [];
  const hash = createHash("sha256");
  /** Reads one YAML file into the version hash and parses it against its schema. */
  const read = <T>(path: string, parse: Parameters<typeof readYaml<T>>[3]): Loaded<T> => {
    const text = required(from, path);
    hash.update(text);
    return readYaml<T>(from, path, text, parse, problems);
  };
  const registry = readDocuments(from, read, problems);
  const chapters = registry.flatMap((d) => d.chapters);
  const summaries = registry.flatMap((d) => d.summaries);
  const facts = read<Facts>("facts.yaml", (d) => factsSchema.safeParse(d));
  const glossary = read<{ entries: GlossaryEntry[] }>("glossary.yaml", (d) => glossarySchema.safeParse(d));
  const terms = read<{ terms: Term[] }>("terms.yaml", (d) => termbaseSchema.safeParse(d));
  const subsidies = from.yamlFiles("subsidies").map((path) => read<Subsidy>(path, (d) => subsidySchema.safeParse(d)));
  const services = from.yamlFiles("services").map((path) => read<Service>(path, (d) => serviceSchema.safeParse(d)));
  const faqFiles = from
    .yamlFiles("faq")
    .map((path) => read<{ topic: FaqEntry["topic"]; entries: Omit<FaqEntry, "topic">[] }>(path, (d) => faqFileSchema.safeParse(d)));
  const pages = from.yamlFiles("pages").map((path) => ({
    name: basename(path).replace(/\.ya?ml$/, ""),
    loaded: read<{ zh: ProsePage; en: ProsePage }>(path, (d) => prosePageSchema.safeParse(d)),
  }));
  const redirects =
    from.read("redirects.yaml") !== undefined
      ? read<{ redirects: Redirect[] }>("redirects.yaml", (d) => redirectsSchema.safeParse(d))
      : { value: { redirects: [] }, source: new YamlSource("content/redirects.yaml", "redirects: []\n") };
  const english =
    from.read(PLAN_ENGLISH_FILE) !== undefined ? read<PlanEnglish>(PLAN_ENGLISH_FILE, (d) => planEnglishSchema.safeParse(d)) : undefined;
  const measures =
    from.read(PLAN_MEASURES_FILE) !== undefined ? read<PlanMeasures>(PLAN_MEASURES_FILE, (d) => planMeasuresSchema.safeParse(d)) : undefined;
  const idProblems: ContentProblem[] = [];
  checkIds(registry, idProblems);
  problems.push(...idProblems);
  // The documents, facts and glossary are what everything else is checked against: stop if they are broken.
  // A broken subsidy, service or FAQ file is skipped below, so one run reports every other problem too.
  const coreBroken =
    idProblems.length > 0 || !registry.length || registry.some((d) => !d.record.value) || chapters.some((c) => !c.value) || !facts.value || !glossary.value || !redirects.value;
  if (problems.length && coreBroken) throw new ContentError(problems);

  // Every document's chapters are its official text, both ways: nothing missing, nothing added.
  for (const { record, chapters: files } of registry) problems.push(...documentFidelity(from, record.value as OfficialDocument, files));
  const documents = siteDocuments(registry);
  for (const document of documents) {
    const files = registry.find((d) => d.record.value?.id === document.id)!.chapters;
    document.chapters = files.map((c) => withTaskHeads(c.value as PlanChapterInput, document)).sort((a, b) => a.order - b.order);
  }
  const model = documents.flatMap((d) => d.chapters);
  const units = indexUnits(model);
  const planIds = collectPlanIds(chapters);
  const site: SitePaths = {
    // A file that failed its schema still exists: links to it are not reported as broken as well.
    subsidyIds: new Set(subsidies.map((l) => l.value?.id ?? basename(l.source.file).replace(/\.ya?ml$/, ""))),
    serviceIds: new Set(services.map((l) => l.value?.id ?? basename(l.source.file).replace(/\.ya?ml$/, ""))),
    chapterPaths: new Set(model.map(chapterUrl)),
    documentPaths: new Set(documents.map((d) => d.base)),
    units,
    planIds,
    faqIds: new Set(faqFiles.flatMap((f) => f.value?.entries.map((e) => e.id) ?? [])),
    // Only entries listed on /glossary have an anchor there; the others are search vocabulary.
    glossaryIds: new Set(glossary.value?.entries.filter((e) => e.list).map((e) => e.id) ?? []),
  };
  english?.value?.units.forEach((entry, at) => {
    if (!units.has(entry.id)) problems.push({ file: english.source.file, line: english.source.lineOf(["units", at, "id"]), message: `规划里没有编号为 ${entry.id} 的段落、任务或表格行` });
  });
  if (measures?.value) problems.push(...checkMeasures(measures.value.measures, measures.source, units));
  checkDerived({ units, facts: facts.value as Facts, documents, subsidies, services, faqFiles, planIds, site }, problems);
  checkPlain({ units, facts: facts.value as Facts, documents, summaries: registry.map((d) => ({ document: d.folder, files: d.summaries })), glossary }, problems);
  // The English says what the Chinese says (termbase), summaries keep who's qualifiers, the glossary adds no policy.
  if (terms.value) {
    checkTermbase(terms.value.terms, [...subsidies, ...services, ...faqFiles, ...summaries, glossary], problems);
    checkQualifiers(subsidies, terms.value.terms, problems);
  }
  checkGlossaryWording(glossary, [...units.values()].map((u) => u.text).join("\n"), problems);
  // 常见说法 and slurs: unambiguous across concepts, and slurs in no text the site shows.
  const allFiles = [...registry.map((d) => d.record), ...chapters, facts, glossary, terms, ...subsidies, ...services, ...faqFiles, ...summaries, ...pages.map((p) => p.loaded), redirects];
  checkSaid({ glossary, subsidies, services, files: allFiles }, problems);
  checkPlaceholders(allFiles, problems);
  const published = from.read(PUBLISHED_FILE);
  if (published !== undefined) {
    const keys = published.split("\n").map((l) => l.trim());
    checkPublished({ file: from.shown(PUBLISHED_FILE), keys }, { value: redirects.value?.redirects, source: redirects.source }, site, problems);
  }
  const publicDir = options.publicDir ?? join(process.cwd(), "public");
  const publicFileExists = options.publicFileExists ?? ((path: string) => existsSync(join(publicDir, path)));
  lintDerived({ subsidies, services, site, today: options.today ?? new Date().toISOString().slice(0, 10), publicFileExists }, problems);
  const errors = problems.filter((p) => !p.warning);
  if (errors.length) throw new ContentError(problems);
  return {
    documents,
    chapters: model,
    facts: facts.value as Facts,
    glossary: (glossary.value as { entries: GlossaryEntry[] }).entries,
    subsidies: subsidies.map((s) => s.value as Subsidy).sort((a, b) => a.name.localeCompare(b.name, "zh-CN")),
    services: services.map((s) => s.value as Service).sort((a, b) => a.name.localeCompare(b.name, "zh-CN")),
    faq: faqFiles.flatMap((f) => f.value!.entries.map((e) => ({ ...e, topic: f.value!.topic }))),
    summaries: new Map(registry.flatMap((d) => d.summaries.map((s) => [summaryKey(d.folder, s.value!.chapter), s.value!] as const))),
    units,
    warnings: problems.filter((p) => p.warning),
    redirects: redirects.value?.redirects ?? [],
    planEnglish: new Map(english?.value?.units.map((u) => [u.id, u.en]) ?? []),
    planMeasures: measures?.value?.measures.map((m) => ({ unit: m.unit, zh: m.zh, en: m.en.split(/\s*;\s*/).filter(Boolean), ...(units.get(m.unit)?.kind === "row" ? { row: true } : {}) })) ?? [],
    pages: new Map(pages.map((p) => [p.name, p.loaded.value!])),
    site,
    version: hash.digest("hex").slice(0, 12),
  };
}

let cached: ContentModel | undefined;

// server.ts and the Remix server build are bundled separately, each with its own copy of this module: the
// provider is kept on globalThis (under a registered symbol) so both read the one the live site sets.
const PROVIDER = Symbol.for("hangzhou-guide.content-provider");
type Provider = () => ContentModel;
const shared = globalThis as typeof globalThis & { [PROVIDER]?: Provider };

/**
 * Where the running site's content comes from: the published version each request is pinned to
 * (app/lib/live-site.server.ts). Set once at start; scripts and tests that never set it read the content
 * folder once.
 */
export function provideContent(from: Provider): void {
  shared[PROVIDER] = from;
}

/** The content being served (for a request, the version it was pinned to when it arrived). */
export function getContent(): ContentModel {
  const provider = shared[PROVIDER];
  if (provider) return provider();
  cached ??= loadContent();
  return cached;
}
