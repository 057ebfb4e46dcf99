// Reads and validates everything under content/; the only module that touches content files.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { ContentError, YamlSource, type ContentProblem } from "./problems";
import { factsSchema, glossarySchema, termbaseSchema, type Term, planChapterSchema, serviceSchema, subsidySchema, faqFileSchema, prosePageSchema, redirectsSchema, type ProsePage, summarySchema, type Redirect, type PlainSummary, type FaqEntry, type GlossaryEntry, type Service, type Subsidy, type Facts, type PlanChapter, type PlanChapterInput, type PlanUnit } from "./schemas";
import { TASK_HEAD, indexUnits, type CitableUnit, type ContentModel } from "./plan";
import { checkDerived } from "./derived-checks";
import { checkPlain } from "./summary-checks";
import { lintDerived } from "./editorial-lint";
import { checkTermbase } from "./termbase";
import { checkQualifiers } from "./qualifiers";
import { checkGlossaryWording } from "./glossary-wording";
import { checkSaid } from "./said";
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

function readYaml<T>(
  root: string,
  path: string,
  parse: (data: unknown) => { success: true; data: T } | { success: false; error: { issues: import("zod").ZodIssue[] } },
  problems: ContentProblem[],
): Loaded<T> {
  const shown = relative(process.cwd(), path);
  const source = new YamlSource(shown.startsWith("..") ? path : shown, readFileSync(path, "utf8"));
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
function withTaskHeads(chapter: PlanChapterInput): PlanChapter {
  return {
    ...chapter,
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
function checkIds(loaded: Loaded<PlanChapterInput>[], problems: ContentProblem[]) {
  const seen = new Map<string, string>();
  const taskNumbers = new Map<number, string>();
  const claim = (id: string, source: YamlSource, path: (string | number)[], what: string) => {
    const here = `${source.file}:${source.lineOf(path)}`;
    const before = seen.get(id);
    if (before) problems.push({ file: source.file, line: source.lineOf(path), message: `${what}编号“${id}”重复（已在 ${before} 使用）。每个编号必须唯一。` });
    else seen.set(id, here);
  };
  for (const { value: chapter, source } of loaded) {
    if (!chapter) continue;
    claim(`chapter:${chapter.slug}`, source, ["slug"], "章节");
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

function listYaml(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/** Loads and validates the content directory; throws ContentError listing every problem found. */
export function loadContent(dir: string = contentDir(), options: { today?: string; publicDir?: string } = {}): ContentModel {
  const problems: ContentProblem[] = [];
  const hash = createHash("sha256");
  const planFiles = listYaml(join(dir, "plan"));
  const chapters = planFiles.map((path) => {
    hash.update(readFileSync(path));
    return readYaml<PlanChapterInput>(dir, path, (d) => planChapterSchema.safeParse(d), problems);
  });
  const factsPath = join(dir, "facts.yaml");
  hash.update(readFileSync(factsPath));
  const facts = readYaml<Facts>(dir, factsPath, (d) => factsSchema.safeParse(d), problems);
  const glossaryPath = join(dir, "glossary.yaml");
  hash.update(readFileSync(glossaryPath));
  const glossary = readYaml<{ entries: GlossaryEntry[] }>(dir, glossaryPath, (d) => glossarySchema.safeParse(d), problems);
  const termsPath = join(dir, "terms.yaml");
  hash.update(readFileSync(termsPath));
  const terms = readYaml<{ terms: Term[] }>(dir, termsPath, (d) => termbaseSchema.safeParse(d), problems);
  const subsidies = listYaml(join(dir, "subsidies")).map((path) => {
    hash.update(readFileSync(path));
    return readYaml<Subsidy>(dir, path, (d) => subsidySchema.safeParse(d), problems);
  });
  const services = listYaml(join(dir, "services")).map((path) => {
    hash.update(readFileSync(path));
    return readYaml<Service>(dir, path, (d) => serviceSchema.safeParse(d), problems);
  });
  const faqFiles = listYaml(join(dir, "faq")).map((path) => {
    hash.update(readFileSync(path));
    return readYaml<{ topic: FaqEntry["topic"]; entries: Omit<FaqEntry, "topic">[] }>(dir, path, (d) => faqFileSchema.safeParse(d), problems);
  });
  const summaries = listYaml(join(dir, "summaries")).map((path) => {
    hash.update(readFileSync(path));
    return readYaml<PlainSummary>(dir, path, (d) => summarySchema.safeParse(d), problems);
  });
  const pages = listYaml(join(dir, "pages")).map((path) => {
    hash.update(readFileSync(path));
    return { name: basename(path).replace(/\.ya?ml$/, ""), loaded: readYaml<{ zh: ProsePage; en: ProsePage }>(dir, path, (d) => prosePageSchema.safeParse(d), problems) };
  });
  const redirectsPath = join(dir, "redirects.yaml");
  if (existsSync(redirectsPath)) hash.update(readFileSync(redirectsPath));
  const redirects = existsSync(redirectsPath)
    ? readYaml<{ redirects: Redirect[] }>(dir, redirectsPath, (d) => redirectsSchema.safeParse(d), problems)
    : { value: { redirects: [] }, source: new YamlSource("content/redirects.yaml", "redirects: []\n") };
  const idProblems: ContentProblem[] = [];
  checkIds(chapters, idProblems);
  problems.push(...idProblems);
  // The plan, facts and glossary are what everything else is checked against: stop if they are broken.
  // A broken subsidy, service or FAQ file is skipped below, so one run reports every other problem too.
  const coreBroken = idProblems.length > 0 || chapters.some((c) => !c.value) || !facts.value || !glossary.value || !redirects.value;
  if (problems.length && coreBroken) throw new ContentError(problems);

  const model = chapters
    .map((c) => withTaskHeads(c.value as PlanChapterInput))
    .sort((a, b) => a.order - b.order);
  const units = indexUnits(model);
  const chapterSlugs = model.map((c) => c.slug);
  const planIds = collectPlanIds(chapters);
  const site: SitePaths = {
    // A file that failed its schema still exists: links to it are not reported as broken as well.
    subsidyIds: new Set(subsidies.map((l) => l.value?.id ?? basename(l.source.file).replace(/\.ya?ml$/, ""))),
    serviceIds: new Set(services.map((l) => l.value?.id ?? basename(l.source.file).replace(/\.ya?ml$/, ""))),
    chapterSlugs,
    units,
    planIds,
    faqIds: new Set(faqFiles.flatMap((f) => f.value?.entries.map((e) => e.id) ?? [])),
    glossaryIds: new Set(glossary.value?.entries.map((e) => e.id) ?? []),
  };
  checkDerived({ units, facts: facts.value as Facts, subsidies, services, faqFiles, planIds, site }, problems);
  checkPlain({ units, facts: facts.value as Facts, chapterSlugs, summaries, glossary }, problems);
  // The English says what the Chinese says (termbase), summaries keep who's qualifiers, the glossary adds no policy.
  if (terms.value) {
    checkTermbase(terms.value.terms, [...subsidies, ...services, ...faqFiles, ...summaries, glossary], problems);
    checkQualifiers(subsidies, terms.value.terms, problems);
  }
  checkGlossaryWording(glossary, [...units.values()].map((u) => u.text).join("\n"), problems);
  // 常见说法 and slurs: unambiguous across concepts, and slurs in no text the site shows.
  checkSaid({ glossary, subsidies, services, files: [...chapters, facts, glossary, terms, ...subsidies, ...services, ...faqFiles, ...summaries, ...pages.map((p) => p.loaded), redirects] }, problems);
  const publishedPath = join(dir, PUBLISHED_FILE);
  if (existsSync(publishedPath)) {
    const keys = readFileSync(publishedPath, "utf8").split("\n").map((l) => l.trim());
    checkPublished({ file: relative(process.cwd(), publishedPath), keys }, { value: redirects.value?.redirects, source: redirects.source }, site, problems);
  }
  lintDerived({ subsidies, services, site, today: options.today ?? new Date().toISOString().slice(0, 10), publicDir: options.publicDir ?? join(process.cwd(), "public") }, problems);
  const errors = problems.filter((p) => !p.warning);
  if (errors.length) throw new ContentError(problems);
  return {
    chapters: model,
    facts: facts.value as Facts,
    glossary: (glossary.value as { entries: GlossaryEntry[] }).entries,
    subsidies: subsidies.map((s) => s.value as Subsidy).sort((a, b) => a.name.localeCompare(b.name, "zh-CN")),
    services: services.map((s) => s.value as Service).sort((a, b) => a.name.localeCompare(b.name, "zh-CN")),
    faq: faqFiles.flatMap((f) => f.value!.entries.map((e) => ({ ...e, topic: f.value!.topic }))),
    summaries: new Map(summaries.map((s) => [s.value!.chapter, s.value!])),
    units,
    warnings: problems.filter((p) => p.warning),
    redirects: redirects.value?.redirects ?? [],
    pages: new Map(pages.map((p) => [p.name, p.loaded.value!])),
    site,
    version: hash.digest("hex").slice(0, 12),
  };
}

let cached: ContentModel | undefined;

/**
 * The content the running site serves. Loaded once; in development it is re-read on every call so an
 * edit shows on the next page load (a bad edit shows its error there instead of the page).
 */
export function getContent(): ContentModel {
  if (settings().NODE_ENV === "development") return loadContent();
  cached ??= loadContent();
  return cached;
}
