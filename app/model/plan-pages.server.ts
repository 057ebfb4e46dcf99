// What the plan pages need from the content model, in the shape the routes return.
import { chapterUrl } from "./plan";
import { getContent } from "./load.server";
import type { PlanChapter } from "./schemas";

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

export function listChapters(): ChapterSummary[] {
  return getContent().chapters.map(summary);
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

export function getChapterPage(slug: string) {
  const { chapters } = getContent();
  const index = chapters.findIndex((c) => c.slug === slug);
  if (index < 0) throw new Response("Not Found", { status: 404 });
  const chapter = chapters[index];
  const hasContents = chapter.sections.some((s) => s.units.some((u) => u.kind === "contents"));
  return {
    chapter,
    previous: index > 0 ? summary(chapters[index - 1]) : null,
    next: index < chapters.length - 1 ? summary(chapters[index + 1]) : null,
    contentsLinks: hasContents ? contentsLinks(chapters) : undefined,
  };
}
