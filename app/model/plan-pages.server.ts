// What the plan pages need from the content model, in the shape the routes return.
import type { Lang } from "~/i18n";
import { TASK_HEAD, chapterUrl, paragraphNumber, rowName, summaryKey, type CitableUnit, type SiteDocument } from "./plan";
import { getContent } from "./load.server";
import { movedAnchors, notFound } from "./redirects.server";
import type { PlanChapter } from "./schemas";
import { firstUses, type PageText } from "./term-marks";

/** A plain-summary point as the page shows it: the text and the units it restates. */
export interface PlainPoint {
  text: string;
  sources: { id: string; url: string; kind: CitableUnit["kind"]; number?: number; name: string }[];
}

export interface ChapterSummary {
  slug: string;
  heading: string;
  title: string;
  title_en: string;
  url: string;
}

function summary(chapter: PlanChapter): ChapterSummary {
  const { slug, heading, title, title_en } = chapter;
  return { slug, heading, title, title_en, url: chapterUrl(chapter) };
}

/** The document whose pages live under `base` (/plan, /documents/<id>); a 404 when there is none. */
export function documentAt(base: string, pathname: string): SiteDocument {
  const document = getContent().documents.find((d) => d.base === base);
  if (!document) notFound(pathname);
  return document;
}

/** The document with this id, for /documents/<id>/… addresses; a 404 when there is none. */
export function documentById(id: string, pathname: string): SiteDocument {
  const document = getContent().documents.find((d) => d.id === id);
  if (!document) notFound(pathname);
  return document;
}

/** A document's contents page: what it is and its chapters. */
export function getDocumentContents(document: SiteDocument) {
  const { id, title, title_en, called_en, base } = document;
  return { document: { id, title, title_en, called_en, base }, chapters: document.chapters.map(summary) };
}

// Headings in the printed table of contents differ from the body only in spacing and comma width.
const normalizeHeading = (text: string) => text.replace(/\s+/g, "").replace(/，/g, ",").replace(/（/g, "(").replace(/）/g, ")");

/** Where each heading of the plan's printed table of contents is published on this site. */
function contentsLinks(chapters: PlanChapter[]): Record<string, string> {
  const targets = new Map<string, string>();
  for (const chapter of chapters) {
    targets.set(normalizeHeading(chapter.heading), chapterUrl(chapter));
    for (const section of chapter.sections) {
      if (section.heading) targets.set(`${chapter.slug}/${normalizeHeading(section.heading)}`, `${chapterUrl(chapter)}#${section.id}`);
    }
  }
  const links: Record<string, string> = {};
  let current: PlanChapter | undefined;
  const entries = chapters.flatMap((c) => c.sections.flatMap((s) => s.units.flatMap((u) => (u.kind === "contents" ? u.entries : []))));
  for (const [heading] of entries) {
    const key = normalizeHeading(heading);
    const chapter = chapters.find((c) => normalizeHeading(c.heading) === key);
    if (chapter) current = chapter;
    const url = chapter ? targets.get(key) : current && targets.get(`${current.slug}/${key}`);
    if (url) links[heading] = url;
  }
  return links;
}

/** A short, distinct name for a unit cited on its own chapter's page. */
function shortName(unit: CitableUnit): string {
  if (unit.task) return `第${unit.task.number}条`;
  if (unit.table) return rowName(unit) || unit.table.caption;
  return `${unit.section.heading ?? unit.chapter.heading} 第${paragraphNumber(unit)}段`;
}

function plainPoints(document: string, slug: string, lang: Lang): PlainPoint[] {
  const { summaries, units } = getContent();
  return (summaries.get(summaryKey(document, slug))?.points ?? []).map((point) => ({
    text: lang === "en" ? point.text_en : point.text,
    sources: point.cite.flatMap((id) => {
      const unit = units.get(id);
      if (!unit) return [];
      const url = unit.chapter.slug === slug ? `#${id}` : `${chapterUrl(unit.chapter)}#${id}`;
      return [{ id, url, kind: unit.kind, number: unit.task?.number, name: shortName(unit) }];
    }),
  }));
}

/** The chapter's Chinese texts in reading order (summary first on Chinese pages), for first-use term links. */
function pageTexts(chapter: PlanChapter, plain: PlainPoint[], lang: Lang): PageText[] {
  const texts: PageText[] = lang === "en" ? [] : plain.map((p, i) => ({ key: `plain-${i}`, text: p.text }));
  for (const section of chapter.sections) {
    for (const unit of section.units) {
      if (unit.kind === "paragraph") texts.push({ key: unit.id, text: unit.text });
      if (unit.kind === "task") texts.push({ key: unit.id, text: unit.text.slice(TASK_HEAD.exec(unit.text)?.[0].length ?? 0) });
    }
  }
  return texts;
}

/**
 * A chapter page's data. Built per request: it takes under 5 ms on the longest chapter (measured, decision
 * 0009), and anonymous readers get the whole page from the page cache anyway.
 */
export function getChapterPage(document: SiteDocument, slug: string, lang: Lang, pathname = `${document.base}/${slug}`) {
  const index = document.chapters.findIndex((c) => c.slug === slug);
  if (index < 0) notFound(pathname);
  return buildChapterPage(document, index, lang);
}

function buildChapterPage(document: SiteDocument, index: number, lang: Lang) {
  const { glossary } = getContent();
  const { chapters } = document;
  const slug = chapters[index].slug;
  const chapter = chapters[index];
  const hasContents = chapter.sections.some((s) => s.units.some((u) => u.kind === "contents"));
  const plain = plainPoints(document.id, slug, lang);
  return {
    document: { id: document.id, title: document.title, title_en: document.title_en, base: document.base },
    chapter,
    plain,
    terms: firstUses(pageTexts(chapter, plain, lang), glossary),
    moved: movedAnchors(),
    previous: index > 0 ? summary(chapters[index - 1]) : null,
    next: index < chapters.length - 1 ? summary(chapters[index + 1]) : null,
    contentsLinks: hasContents ? contentsLinks(chapters) : undefined,
  };
}
